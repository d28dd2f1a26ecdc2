namespace PaperBot.Slack.WebApi;

/// <summary>
/// One Web API call. <see cref="Content"/> builds a fresh body per attempt. <see cref="Channel"/> keys the
/// per-channel post limit. <see cref="CreatesMessage"/> marks a call that must not be blindly retried when its outcome is unknown.
/// </summary>
internal sealed record SlackCall(string Method, Func<HttpContent> Content, string? Channel = null, bool CreatesMessage = false, bool AcceptsPlainOk = false);
