// The worker host is being built (issue 7); until then it only says so.
await Console.Error.WriteLineAsync("reporting-worker: use 'reporting worker' (issue 7 in progress)").ConfigureAwait(false);
return 1;
