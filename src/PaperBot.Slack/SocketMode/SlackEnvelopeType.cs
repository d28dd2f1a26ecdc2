namespace PaperBot.Slack.SocketMode;

public enum SlackEnvelopeType
{
    /// <summary>A type this client does not know; <see cref="SlackEnvelope.RawType"/> has it.</summary>
    Unknown,

    /// <summary>events_api: the payload is the Events API event_callback body.</summary>
    EventsApi,

    /// <summary>slash_commands: the payload holds the slash command fields.</summary>
    SlashCommands,

    /// <summary>interactive: block_actions, view_submission, shortcuts…</summary>
    Interactive,
}
