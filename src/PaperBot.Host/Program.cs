using System.CommandLine;
using PaperBot.Host.Cli;

var parse = PaperBotCli.Build().Parse(args);
return await parse.InvokeAsync(RunCli.Starts(parse) ? new InvocationConfiguration { ProcessTerminationTimeout = null } : null);
