using Fundus.Analysis;
using Fundus.Querying;
using Fundus.Searching;

namespace Fundus.Tests.Querying;

public sealed class ThesaurusTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public void Entries_match_on_base_forms_so_inflected_queries_find_them()
    {
        var thesaurus = Thesaurus.FromLines(["KI, Künstliche Intelligenz"], GermanLexicon.Default);

        var found = thesaurus.Lookup(new[] { "Künstlicher", "Intelligenz" }.Select(thesaurus.KeyOf));

        Assert.Equal(["KI"], Assert.Single(found).Words);
    }

    [Fact]
    public void An_arrow_entry_works_one_way_only()
    {
        var thesaurus = Thesaurus.FromLines(["Studierende => Studenten"], GermanLexicon.Default);

        Assert.Single(thesaurus.Lookup([thesaurus.KeyOf("Studierende")]));
        Assert.Empty(thesaurus.Lookup([thesaurus.KeyOf("Studenten")]));
    }

    [Fact]
    public void An_editors_entry_in_the_data_directory_takes_effect_without_reindex()
    {
        using var engine = _data.OpenEngine();
        engine.Store.Upsert([new Article { Id = "rad", Teaser = "Das Fahrrad ersetzt im Quartier das Auto." }]);
        engine.Index.CatchUp();
        Assert.Equal(0, engine.Search(new SearchRequest { Query = "Bicicleta" }).Total);

        File.WriteAllText(Path.Combine(_data.Path, ThesaurusSource.FileName), "# unsere Einträge\nBicicleta, Fahrrad\n");
        File.SetLastWriteTimeUtc(Path.Combine(_data.Path, ThesaurusSource.FileName), DateTime.UtcNow.AddMinutes(1));
        Thread.Sleep(1100);

        Assert.Equal("rad", engine.Search(new SearchRequest { Query = "Bicicleta" }).Hits.Single().Id);
    }

    [Fact]
    public void A_synonym_is_searched_as_the_whole_word_not_as_its_compound_parts()
    {
        // An expansion of an expansion is noise, and the parts of a common synonym cost every search that has it.
        File.WriteAllText(Path.Combine(_data.Path, ThesaurusSource.FileName), "Bicicleta, Fahrradstraße\n");
        using var engine = _data.OpenEngine();
        engine.Store.Upsert([
            new Article { Id = "radstrasse", Teaser = "Die neue Fahrradstraße führt am Hafen entlang." },
            new Article { Id = "strasse", Teaser = "Über die Straße zum Fahrrad ist es im Quartier nicht weit." },
        ]);
        engine.Index.CatchUp();

        Assert.Equal(2, engine.Search(new SearchRequest { Query = "Fahrradstraße" }).Total);
        Assert.Equal("radstrasse", engine.Search(new SearchRequest { Query = "Bicicleta" }).Hits.Single().Id);
    }

    public void Dispose() => _data.Dispose();
}
