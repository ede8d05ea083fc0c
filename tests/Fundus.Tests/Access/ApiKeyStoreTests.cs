using Fundus.Access;

namespace Fundus.Tests.Access;

public sealed class ApiKeyStoreTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public void A_created_key_verifies_with_its_role_and_only_its_hash_is_stored()
    {
        using var keys = ApiKeyStore.OpenIn(_data.Path);
        var key = keys.Create("cms", ApiKeyRole.Editor);

        Assert.StartsWith("fk_", key, StringComparison.Ordinal);
        Assert.Equal(("cms", ApiKeyRole.Editor), keys.Verify(key));
        var database = File.ReadAllBytes(Path.Combine(_data.Path, Fundus.Storage.SqliteArticleStore.FileName));
        Assert.Equal(-1, System.Text.Encoding.ASCII.GetString(database).IndexOf(key, StringComparison.Ordinal));
    }

    [Fact]
    public void A_revoked_or_unknown_key_does_not_verify_and_names_are_unique()
    {
        using var keys = ApiKeyStore.OpenIn(_data.Path);
        var key = keys.Create("cms", ApiKeyRole.Admin);

        Assert.Throws<InvalidOperationException>(() => keys.Create("cms", ApiKeyRole.Reader));
        Assert.True(keys.Revoke("cms"));
        Assert.False(keys.Revoke("cms"));
        Assert.Null(keys.Verify(key));
        Assert.Null(keys.Verify("fk_unknown"));
        Assert.Null(keys.Verify("not-a-key"));
        Assert.NotNull(Assert.Single(keys.List()).Revoked);
    }

    public void Dispose() => _data.Dispose();
}
