namespace Fundus.Querying;

/// <summary>
/// What a word may expand to: typo tolerance, the bonus of its spelling, the backoff of a compound to its head
/// and modifiers, and a compound's parts found apart. A synonym gets none of them: an expansion of an expansion
/// is noise (<c>A_synonym_is_searched_as_the_whole_word_not_as_its_compound_parts</c>).
/// </summary>
internal readonly record struct WordMode(bool Fuzzy, bool Bonus, bool Backoff, bool Parts)
{
    public static WordMode Synonym => new(Fuzzy: false, Bonus: false, Backoff: false, Parts: false);

    public static WordMode InField => new(Fuzzy: false, Bonus: false, Backoff: false, Parts: true);

    /// <summary>A modifier of a hyphenated compound searched alone (Smart-City of Smart-City-Projekte): its forms only.</summary>
    public static WordMode Modifier => new(Fuzzy: false, Bonus: false, Backoff: false, Parts: false);

    public static WordMode Typed(bool fuzzy) => new(fuzzy, Bonus: true, Backoff: true, Parts: true);
}
