using PaperBot.Host.Cli;

return await PaperBotCli.Build().Parse(args).InvokeAsync();
