using Microsoft.Extensions.Logging;
using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.Core.Chat;

/// <summary>The one entry point of every front-end: typed lines, structured platform commands and button clicks.</summary>
public sealed class CommandRouter
{
    private readonly Dictionary<string, ICommand> commands;
    private readonly RatingService ratings;
    private readonly IChannelAudience audience;
    private readonly TimeProvider time;
    private readonly ILogger<CommandRouter> logger;

    public CommandRouter(IEnumerable<ICommand> commands, RatingService ratings, IChannelAudience audience, TimeProvider time, ILogger<CommandRouter> logger)
    {
        this.commands = commands.ToDictionary(c => c.Descriptor.Name, StringComparer.OrdinalIgnoreCase);
        this.ratings = ratings;
        this.audience = audience;
        this.time = time;
        this.logger = logger;
    }

    public IReadOnlyList<CommandDescriptor> Descriptors => commands.Values.Select(c => c.Descriptor).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

    /// <summary>Runs a line such as <c>/papers search spiking networks</c>.</summary>
    public ValueTask<Reply> DispatchLineAsync(UserRef user, Conversation conversation, RequesterFacts facts, string line, CancellationToken cancellationToken = default)
    {
        if (!CommandLine.TryRead(line, out var name, out var words))
            return ValueTask.FromResult(Reply.Error($"Commands start with {CommandLine.Root}. Try `{CommandLine.Root} help`."));
        if (!commands.TryGetValue(name, out var command))
            return ValueTask.FromResult(Unknown(name));
        if (!CommandLine.TryBind(command.Descriptor, words, out var args, out var error))
            return ValueTask.FromResult(Reply.Error(error));
        return DispatchAsync(new CommandRequest(user, conversation, name, args, facts), cancellationToken);
    }

    /// <summary>Runs a command whose options the platform already separated (Discord's slash commands).</summary>
    public async ValueTask<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        if (!commands.TryGetValue(request.Command, out var command))
            return Unknown(request.Command);
        var missing = command.Descriptor.Options.FirstOrDefault(o => o.Required && request.Args[o.Name] is null);
        if (missing is not null)
            return Reply.Error($"`{command.Descriptor.Name}` needs {missing.Name} ({missing.Description}). Usage: {command.Descriptor.Usage}");
        try
        {
            return await command.ExecuteAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The person gets a short apology; the details go to the operator's log.
            logger.LogError(ex, "Command {Command} failed for {User}", request.Command, request.User);
            return Reply.Error($"Sorry, `{request.Command}` failed on our side. The error was logged.");
        }
    }

    /// <summary>Handles a button click or a reaction that carries an <see cref="ActionId"/>, in the conversation where the
    /// card was. A thumb given in a channel also makes the person part of that channel's audience, for whom its digest is ranked.</summary>
    public async ValueTask<Reply> HandleActionAsync(UserRef user, Conversation conversation, ActionId action, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (action.Verb != "rate" || !ThumbText.TryParse(action.Argument, out var thumb))
            return Reply.Error("That button is no longer supported.");
        var paper = await ratings.RecordAsync(user, action.Paper, thumb, source, cancellationToken);
        if (paper is null)
            return Reply.Error($"Paper {action.Paper} is not in the catalogue any more.");
        if (!conversation.IsDirect)
        {
            var channel = DigestTarget.Channel(conversation.Platform, conversation.Workspace, conversation.ChannelId);
            await audience.RecordAsync(channel, user, time.GetUtcNow(), cancellationToken);
        }
        return Reply.Message($"{thumb.Emoji()} noted for “{paper.Title}”.", ephemeral: true);
    }

    private Reply Unknown(string name) =>
        Reply.Error($"There is no `{CommandLine.Root} {name}`. Commands: {string.Join(", ", commands.Keys.Order(StringComparer.Ordinal))}. Try `{CommandLine.Root} help`.");
}
