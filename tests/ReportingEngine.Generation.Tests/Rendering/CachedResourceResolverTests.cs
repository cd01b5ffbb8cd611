using System.Diagnostics.CodeAnalysis;
using ReportingEngine.Documents.Markup;
using ReportingEngine.Generation.Rendering;

namespace ReportingEngine.Generation.Tests.Rendering;

/// <summary>A kind's images are read once and shared (issue 5: the seal on 100,000 notices), misses are not remembered.</summary>
public sealed class CachedResourceResolverTests
{
    [Fact]
    public void A_resource_is_read_once_and_handed_out_as_the_same_array()
    {
        var inner = new CountingResolver();
        var resolver = new CachedResourceResolver(inner);

        Assert.True(resolver.TryRead("seal.png", out var first, out _));
        Assert.True(resolver.TryRead("seal.png", out var second, out _));

        Assert.Same(first, second);
        Assert.Equal(1, inner.Reads);
    }

    [Fact]
    public void A_missing_resource_is_looked_up_again_so_a_file_added_later_is_found()
    {
        var inner = new CountingResolver { Missing = true };
        var resolver = new CachedResourceResolver(inner);

        Assert.False(resolver.TryRead("seal.png", out _, out var problem));
        Assert.Contains("seal.png", problem, StringComparison.Ordinal);
        inner.Missing = false;
        Assert.True(resolver.TryRead("seal.png", out var content, out _));
        Assert.Equal([1, 2, 3], content);
        Assert.Equal(2, inner.Reads);
    }

    [Fact]
    public void The_cache_stays_bounded_when_a_kind_uses_many_resources()
    {
        var inner = new CountingResolver();
        var resolver = new CachedResourceResolver(inner);
        for (var i = 0; i <= CachedResourceResolver.Capacity; i++)
        {
            Assert.True(resolver.TryRead($"logo-{i}.png", out _, out _));
        }

        Assert.True(resolver.TryRead("logo-0.png", out _, out _));
        Assert.Equal(CachedResourceResolver.Capacity + 2, inner.Reads);
    }

    private sealed class CountingResolver : IResourceResolver
    {
        public int Reads { get; private set; }

        public bool Missing { get; set; }

        public bool TryRead(string path, [NotNullWhen(true)] out byte[]? content, [NotNullWhen(false)] out string? problem)
        {
            Reads++;
            if (Missing)
            {
                content = null;
                problem = $"resource '{path}' was not found";
                return false;
            }

            content = [1, 2, 3];
            problem = null;
            return true;
        }
    }
}
