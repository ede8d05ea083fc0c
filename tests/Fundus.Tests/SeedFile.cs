namespace Fundus.Tests;

/// <summary>The seed page as a file, the way a user would import it.</summary>
public static class SeedFile
{
    public const int TeaserCount = 66;

    public static string CopyInto(TempDataDirectory data)
    {
        using var reader = Seed.SeedData.Open();
        return data.File(Seed.SeedData.FileName, reader.ReadToEnd());
    }
}
