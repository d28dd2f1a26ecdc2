using System.CommandLine;
using PaperBot.Host.Cli;
using PaperBot.Host.Output;

var parse = PaperBotCli.Build(new LocalSession(CliConsole.OfThisProcess())).Parse(args);
return await parse.InvokeAsync(RunCli.Starts(parse) ? new InvocationConfiguration { ProcessTerminationTimeout = null } : null);
