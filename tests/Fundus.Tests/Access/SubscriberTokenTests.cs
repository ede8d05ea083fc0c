using Fundus.Access;

namespace Fundus.Tests.Access;

public sealed class SubscriberTokenTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_token_of_the_documented_shell_recipe_is_valid()
    {
        // Made with openssl exactly as docs/reliability.md shows (expiry 2100-01-01, subscriber "leserin-42").
        const string FromShell = "v1.4102444800.bGVzZXJpbi00Mg.E5JURFNaMCvJfl4GYUNdY1-R-iRbHIIvviSXSWBIGWQ";

        Assert.True(SubscriberToken.IsValid(FromShell, Secret, Now));
        Assert.Equal(FromShell, SubscriberToken.Issue(Secret, "leserin-42", DateTimeOffset.FromUnixTimeSeconds(4102444800)));
    }

    [Fact]
    public void An_issued_token_is_valid_until_it_expires()
    {
        var token = SubscriberToken.Issue(Secret, "leserin", Now.AddMinutes(10));

        Assert.True(SubscriberToken.IsValid(token, Secret, Now));
        Assert.True(SubscriberToken.IsValid(token, Secret, Now.AddMinutes(10).AddSeconds(-1)));
        Assert.False(SubscriberToken.IsValid(token, Secret, Now.AddMinutes(10)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1")]
    [InlineData("v1.1.2")]
    [InlineData("v2.4102444800.bGVzZXJpbi00Mg.E5JURFNaMCvJfl4GYUNdY1-R-iRbHIIvviSXSWBIGWQ")]
    [InlineData("v1.4102444801.bGVzZXJpbi00Mg.E5JURFNaMCvJfl4GYUNdY1-R-iRbHIIvviSXSWBIGWQ")]
    [InlineData("v1.4102444800.bGVzZXJpbi00Mw.E5JURFNaMCvJfl4GYUNdY1-R-iRbHIIvviSXSWBIGWQ")]
    [InlineData("v1.4102444800.bGVzZXJpbi00Mg.E5JURFNaMCvJfl4GYUNdY1-R-iRbHIIvviSXSWBIGWq")]
    [InlineData("v1.4102444800.bGVzZXJpbi00Mg.!!!")]
    [InlineData("v1.-5.bGVzZXJpbi00Mg.E5JURFNaMCvJfl4GYUNdY1-R-iRbHIIvviSXSWBIGWQ")]
    public void A_malformed_or_tampered_token_is_refused(string? token) =>
        Assert.False(SubscriberToken.IsValid(token, Secret, Now));

    [Fact]
    public void A_token_signed_with_another_secret_is_refused() =>
        Assert.False(SubscriberToken.IsValid(SubscriberToken.Issue("another-secret-that-is-long-enough-000", "x", Now.AddHours(1)), Secret, Now));
}
