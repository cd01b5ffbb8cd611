using FsCheck;
using FsCheck.Fluent;

namespace ReportingEngine.Domain.Tests.Satisfaction;

/// <summary>Random estates within the task's bounds: 1–30 buildings, 1–6 entrances, 1–40 floors, 1–8 rooms per floor.</summary>
public static class EstateArbitrary
{
    public static Arbitrary<EstateSpec> Estates()
    {
        var building =
            from entrances in Gen.Choose(1, 6)
            from floors in Gen.Choose(1, 40)
            from rooms in Gen.Choose(1, 8)
            from sortOrder in Gen.Choose(0, 5)
            select new BuildingSpec(entrances, floors, rooms, sortOrder);
        var estate =
            from count in Gen.Choose(1, 30)
            from buildings in building.ArrayOf(count)
            from vacancy in Gen.Elements(0, 0, 10, 40, 90)
            from salt in Gen.Choose(0, int.MaxValue)
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(0, int.MaxValue)
            select new EstateSpec(buildings, vacancy, salt, ((ulong)(uint)high << 32) | (uint)low);
        return estate.ToArbitrary();
    }
}
