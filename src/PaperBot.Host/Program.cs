using PaperBot.Host.Cli;
using PaperBot.Host.Output;

return await PaperBotCli.Build(new LocalSession(CliConsole.OfThisProcess())).Parse(args).InvokeAsync();
