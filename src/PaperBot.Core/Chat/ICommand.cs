namespace PaperBot.Core.Chat;

public interface ICommand
{
    CommandDescriptor Descriptor { get; }

    ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default);
}
