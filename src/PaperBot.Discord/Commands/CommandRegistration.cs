using System.Globalization;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Chat;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Commands;

/// <summary>Registers <c>/papers</c> from the core's descriptors: in the development guild when one is configured
/// (instant), else globally; only when what Discord holds differs from what PaperBot would register.</summary>
internal sealed class CommandRegistration(DiscordRestClient rest, CommandRouter router, ILogger<CommandRegistration> logger)
{
    /// <summary>Returns whether an overwrite was needed.</summary>
    public async Task<bool> EnsureAsync(ulong applicationId, ulong? devGuildId, CancellationToken cancellationToken = default)
    {
        var wanted = SlashCommandDefinitions.Build(router.Descriptors);
        var where = devGuildId is { } guild ? $"in guild {guild.ToString(CultureInfo.InvariantCulture)}" : "globally";
        var registered = devGuildId is { } g
            ? await rest.GetGuildCommandsAsync(applicationId, g, cancellationToken)
            : await rest.GetGlobalCommandsAsync(applicationId, cancellationToken);
        if (CommandDefinitionComparer.Same(wanted, registered.Select(c => c.Definition)))
        {
            logger.LogInformation("/papers is registered {Where} and up to date", where);
            return false;
        }
        if (devGuildId is { } dev)
            await rest.BulkOverwriteGuildCommandsAsync(applicationId, dev, wanted, cancellationToken);
        else
            await rest.BulkOverwriteGlobalCommandsAsync(applicationId, wanted, cancellationToken);
        logger.LogInformation("Registered /papers with {Count} subcommands {Where}", router.Descriptors.Count, where);
        return true;
    }
}
