using Fundus.Cli;

return FundusCommandLine.Build().Parse(args).Invoke();
