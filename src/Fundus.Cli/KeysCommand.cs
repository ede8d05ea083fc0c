using System.CommandLine;
using System.Globalization;
using Fundus.Access;

namespace Fundus.Cli;

/// <summary><c>fundus keys create|list|revoke</c>: the API keys of the ingestion and admin routes.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command(
            "keys",
            """
            Manage API keys. Requests carry them as `Authorization: Bearer KEY`. Roles: reader (searches as a
            subscriber), editor (also imports, corrects and deletes articles, reads query statistics), admin (also
            rebuilds the index). Keys are stored hashed; a new key is shown once.
            Example: fundus keys create --name cms --role editor
            """);
        command.Subcommands.Add(CreateKey());
        command.Subcommands.Add(ListKeys());
        command.Subcommands.Add(RevokeKey());
        return command;
    }

    private static Command CreateKey()
    {
        var name = new Option<string>("--name") { Description = "A name for the key: who or what uses it.", Required = true };
        var role = new Option<ApiKeyRole>("--role") { Description = "reader, editor or admin (default: editor).", DefaultValueFactory = _ => ApiKeyRole.Editor };
        var command = new Command("create", "Create a key and print it once. Example: fundus keys create --name cms --role editor");
        command.Options.Add(name);
        command.Options.Add(role);
        command.SetAction(parse => FundusCommandLine.Guard(parse, output =>
        {
            using var keys = ApiKeyStore.OpenIn(FundusCommandLine.Options(parse).DataDirectory);
            try
            {
                var key = keys.Create(parse.GetValue(name)!, parse.GetValue(role));
                output.Out.WriteLine(key);
                output.Error.WriteLine($"Created key '{parse.GetValue(name)}' with role {parse.GetValue(role).ToString().ToLowerInvariant()}. It is shown only now; store it safely.");
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                output.Error.WriteLine($"fundus: {e.Message}");
                return 1;
            }
        }));
        return command;
    }

    private static Command ListKeys()
    {
        var command = new Command("list", "List the keys: name, role, created, revoked (never the keys themselves).");
        command.SetAction(parse => FundusCommandLine.Guard(parse, output =>
        {
            using var keys = ApiKeyStore.OpenIn(FundusCommandLine.Options(parse).DataDirectory);
            foreach (var key in keys.List())
            {
                var revoked = key.Revoked is { } when ? "revoked " + when.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "active";
                output.Out.WriteLine($"{key.Name}\t{key.Role.ToString().ToLowerInvariant()}\tcreated {key.Created.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}\t{revoked}");
            }

            return 0;
        }));
        return command;
    }

    private static Command RevokeKey()
    {
        var name = new Argument<string>("NAME") { Description = "The name of the key to revoke." };
        var command = new Command("revoke", "Revoke a key at once. Example: fundus keys revoke cms");
        command.Arguments.Add(name);
        command.SetAction(parse => FundusCommandLine.Guard(parse, output =>
        {
            using var keys = ApiKeyStore.OpenIn(FundusCommandLine.Options(parse).DataDirectory);
            if (keys.Revoke(parse.GetValue(name)!))
            {
                output.Out.WriteLine($"Revoked '{parse.GetValue(name)}'.");
                return 0;
            }

            output.Error.WriteLine($"fundus: no active key named '{parse.GetValue(name)}'.");
            return 1;
        }));
        return command;
    }
}
