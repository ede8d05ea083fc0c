using Fundus.Analysis;
using Fundus.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Querying;

/// <summary>
/// Turns a parsed <see cref="QueryNode"/> into a Lucene query over the index. A word becomes the alternatives
/// its German analysis gives (lemma, feminine form, compound parts, hyphen parts), weighted by
/// <see cref="QueryWeights"/>, each searched in every text field with the field's weight, plus a bonus for the
/// spelling as typed. Consecutive words are matched against the <see cref="Thesaurus"/>. A word the index does
/// not know at all is searched with edit-distance tolerance scaled by its length.
/// </summary>
public sealed class QueryCompiler(FundusAnalyzer analyzer, Thesaurus? thesaurus, QueryOptions options, IndexReader reader, SearchScope? scope = null)
{
    private readonly SearchScope _scope = scope ?? SearchScope.Public;

    private readonly TermLookup _terms = new(reader);

    private IReadOnlyList<string> SurfaceFields => _scope.SurfaceFields;

    /// <summary>True once a word the index does not know was searched with typo tolerance.</summary>
    public bool UsedFuzzy { get; private set; }

    /// <summary>
    /// True once a word of the query had something a broad query would add: a compound's head or modifiers alone, or
    /// general synonyms.
    /// </summary>
    public bool CanBroaden { get; private set; }

    /// <summary>
    /// True when the last compilation let a single word be enough for an article: no partial match is looser. Words
    /// that the thesaurus joins count once, so a query can get there before it lacks all its words but one.
    /// </summary>
    public bool AnyWordEnough { get; private set; }

    private bool _broad;

    /// <param name="node">The parsed query.</param>
    /// <param name="missing">
    /// How many of the query's words an article may lack (when nothing matches every word); at least one must match.
    /// </param>
    /// <param name="broad">
    /// A compound word also finds its head alone and its modifiers alone (Digitalstrategie → Strategie, Digital),
    /// ranked below, and a word its general synonyms (Bild → Abbildung; the curated ones are always searched). A
    /// search asks for this only when the precise query finds few articles: in a large archive the head alone or a
    /// general synonym matches thousands of articles that reach no first page but cost every search
    /// (docs/benchmarks.md).
    /// </param>
    public Query Compile(QueryNode node, int missing = 0, bool broad = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(missing);
        _broad = broad;
        AnyWordEnough = false;
        return CompileNode(node, missing);
    }

    private Query CompileNode(QueryNode node, int missing = 0) => node switch
    {
        AndNode and => CompileAnd(and.Items, missing),
        OrNode or => BooleanClauses.Any(or.Items.Select(i => CompileNode(i)).OfType<Query>()),
        _ => CompileAnd([node], missing),
    };

    private Query CompileAnd(IReadOnlyList<QueryNode> items, int missing)
    {
        var relaxed = missing > 0;
        var query = new BooleanQuery(disableCoord: true);
        var positives = 0;
        var words = new List<WordNode>();

        void FlushWords()
        {
            foreach (var clause in CompileWordRun(words))
            {
                query.Add(clause, relaxed ? Occur.SHOULD : Occur.MUST);
                positives++;
            }

            words.Clear();
        }

        foreach (var item in items)
        {
            if (item is WordNode { Prefix: false } word)
            {
                words.Add(word);
                continue;
            }

            FlushWords();
            switch (item)
            {
                case NotNode not:
                    if (CompileSingle(not.Inner) is { } excluded)
                    {
                        query.Add(excluded, Occur.MUST_NOT);
                    }

                    break;
                case DateNode date:
                    query.Add(DateRange(date), Occur.MUST);
                    positives++;
                    break;
                default:
                    if (CompileSingle(item) is { } clause)
                    {
                        query.Add(clause, relaxed ? Occur.SHOULD : Occur.MUST);
                        positives++;
                    }

                    break;
            }
        }

        FlushWords();
        if (positives == 0)
        {
            if (query.Clauses.Count == 0 && items.Count > 0)
            {
                // Only stop words: nothing to look for.
                return new BooleanQuery();
            }

            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        if (relaxed)
        {
            query.MinimumNumberShouldMatch = Math.Max(1, query.Clauses.Count(c => c.Occur == Occur.SHOULD) - missing);
            AnyWordEnough = query.MinimumNumberShouldMatch == 1;
        }

        return query;
    }

    private Query? CompileSingle(QueryNode node) => node switch
    {
        WordNode { Prefix: true } prefix => LooseWordQueries.Prefix(prefix.Text, _scope),
        WordNode word => CompileWordRun([word]).FirstOrDefault(),
        PhraseNode phrase => PhraseQueries.AsWritten(analyzer, phrase.Text, SurfaceFields),
        FieldNode field => InField(field),
        DateNode date => DateRange(date),
        _ => CompileNode(node),
    };

    /// <summary>Words side by side, with thesaurus spans: each returned clause must match.</summary>
    private List<Query> CompileWordRun(List<WordNode> words)
    {
        var clauses = new List<Query>();
        var i = 0;
        while (i < words.Count)
        {
            var (length, synonyms) = options.Synonyms && thesaurus is not null ? LongestEntry(words, i) : (0, []);
            if (length == 0)
            {
                if (Word(words[i].Text, _scope.Fields, WordMode.Typed(options.Fuzzy)) is { } clause)
                {
                    clauses.Add(clause);
                }

                i++;
                continue;
            }

            var typed = AllOrPhrase(words.Skip(i).Take(length).Select(w => w.Text).ToList(), WordMode.Typed(fuzzy: false));
            var alternatives = new BooleanQuery(disableCoord: true);
            if (typed is not null)
            {
                alternatives.Add(typed, Occur.SHOULD);
            }

            foreach (var synonym in synonyms)
            {
                if (synonym.IsGeneral && !_broad)
                {
                    CanBroaden = true;
                    continue;
                }

                if (AllOrPhrase(synonym.Words, WordMode.Synonym) is { } alternative)
                {
                    alternative.Boost *= synonym.Weight;
                    alternatives.Add(alternative, Occur.SHOULD);
                }
            }

            clauses.Add(BooleanClauses.Unwrapped(alternatives));
            i += length;
        }

        return clauses;
    }

    /// <summary>Each word must match; a span of stop words only (Einer für Alle) must match as written, as a phrase.</summary>
    private Query? AllOrPhrase(IReadOnlyList<string> words, WordMode mode)
    {
        var fields = mode == WordMode.Synonym ? _scope.ProseFields : _scope.Fields;
        var clauses = words.Select(w => Word(w, fields, mode)).ToList();
        return clauses.All(c => c is null) && words.Count > 1 ? PhraseQueries.AsWritten(analyzer, string.Join(' ', words), SurfaceFields) : BooleanClauses.All(clauses);
    }

    private (int Length, IReadOnlyList<Synonym> Synonyms) LongestEntry(List<WordNode> words, int start)
    {
        for (var length = Math.Min(Thesaurus.MaxPhraseWords, words.Count - start); length > 0; length--)
        {
            var found = thesaurus!.Lookup(words.Skip(start).Take(length).Select(w => thesaurus.KeyOf(w.Text)));
            if (found.Count > 0)
            {
                return (length, found);
            }
        }

        return (0, []);
    }

    /// <summary>One word: its analysis alternatives in every field, the exact-spelling bonus, fuzzy if unknown.</summary>
    private Query? Word(string text, IReadOnlyList<(string Field, float Boost)> fields, WordMode mode)
    {
        var positions = Analyze(analyzer.GermanQuery, fields[0].Field, text);
        if (positions.Count == 0)
        {
            return null;
        }

        if (mode.Bonus && (positions.Count > 1 || positions.Any(p => p.Any(t => t.Type == TokenTypes.Head))))
        {
            CanBroaden = true;
        }

        var alternatives = new BooleanQuery(disableCoord: true);
        if (positions.Count == 1)
        {
            AddAlternatives(alternatives, positions[0], fields, mode, _broad);
        }
        else
        {
            // A hyphenated word: written together, or all its parts.
            foreach (var joined in positions[0].Where(t => t.Type == TokenTypes.Joined))
            {
                alternatives.Add(Term(joined.Text, 1f, fields), Occur.SHOULD);
            }

            var parts = new BooleanQuery(disableCoord: true);
            foreach (var position in positions)
            {
                var any = new BooleanQuery(disableCoord: true);
                AddAlternatives(any, position.Where(t => t.Type != TokenTypes.Joined).ToList(), fields, mode, _broad);
                parts.Add(BooleanClauses.Unwrapped(any), Occur.MUST);
            }

            alternatives.Add(parts, Occur.SHOULD);
        }

        if (positions.Count > 1 && mode.Backoff && _broad)
        {
            // Smart-City-Projekte: Smart-City alone finds the topic, ranked well below the whole.
            var modifiers = new BooleanQuery(disableCoord: true) { Boost = QueryWeights.CompoundModifier };
            foreach (var position in positions.Take(positions.Count - 1))
            {
                var any = new BooleanQuery(disableCoord: true);
                AddAlternatives(any, position.Where(t => t.Type == TokenTypes.Word).ToList(), fields, WordMode.Modifier, broad: false);
                modifiers.Add(BooleanClauses.Unwrapped(any), Occur.MUST);
            }

            alternatives.Add(modifiers, Occur.SHOULD);
        }

        if (mode.Fuzzy && IsUnknown(positions) && LooseWordQueries.Fuzzy(text, _scope) is { } fuzzy)
        {
            UsedFuzzy = true;
            alternatives.Add(fuzzy, Occur.SHOULD);
        }

        var surface = Analyze(analyzer.Surface, SurfaceFields[0], text).SelectMany(p => p).Where(t => t.Type != TokenTypes.Joined).ToList();
        if (surface.Count != 1 || !mode.Bonus)
        {
            return BooleanClauses.Unwrapped(alternatives);
        }

        var rewarded = new BooleanQuery(disableCoord: true) { { BooleanClauses.Unwrapped(alternatives), Occur.MUST } };
        var bonus = Term(surface[0].Text, QueryWeights.ExactSpelling, SurfaceFields.Select(f => (f, 1f)).ToList());
        rewarded.Add(bonus, Occur.SHOULD);
        return rewarded;
    }

    /// <param name="mode">
    /// A typed word adds its related forms: the adjective of a noun and, when <paramref name="broad"/>, a compound's
    /// head and modifiers alone. A synonym is not taken apart into its compound parts.
    /// </param>
    private void AddAlternatives(
        BooleanQuery alternatives, List<AnalyzedTerm> terms, IReadOnlyList<(string Field, float Boost)> fields, WordMode mode, bool broad)
    {
        foreach (var term in terms.Where(t => t.Type is not (TokenTypes.Part or TokenTypes.Head)))
        {
            alternatives.Add(Term(term.Text, QueryWeights.Of(term.Type), fields), Occur.SHOULD);
        }

        var parts = terms.Where(t => t.Type is TokenTypes.Part or TokenTypes.Head).ToList();
        if (parts.Count > 1 && mode.Parts)
        {
            // In a body two words may stand pages apart, and a compound's parts found apart there say little: of
            // 100,000 articles, 32,722 have both Datei and Name somewhere, 7,611 the compound Dateiname. So the parts
            // apart are looked for in a title or teaser, and in the whole text only when the search broadens
            // because the compound finds few articles
            // (A_compounds_parts_apart_are_found_in_title_and_teaser_and_in_the_body_only_when_the_compound_is_rare).
            var partFields = broad ? fields : Headline(fields);
            var all = new BooleanQuery(disableCoord: true) { Boost = QueryWeights.CompoundParts };
            foreach (var part in parts)
            {
                all.Add(Term(part.Text, 1f, partFields), Occur.MUST);
            }

            alternatives.Add(all, Occur.SHOULD);
        }

        if (!mode.Backoff)
        {
            return;
        }

        // Resilienz ↔ resilient, Relevanz ↔ relevant: the noun and its adjective name the same thing.
        foreach (var term in terms.Where(t => t.Type == TokenTypes.Word))
        {
            if (Derivations.RelatedForm(term.Text) is { } related)
            {
                alternatives.Add(Term(related, QueryWeights.Derivation, fields), Occur.SHOULD);
            }
        }

        if (!broad)
        {
            return;
        }

        // A Digitalstrategie is a Strategie: the head alone finds the broader topic, ranked below the rest;
        // the modifiers alone (Cyber of Cyberangriffe) find the field it belongs to, lower still.
        foreach (var head in terms.Where(t => t.Type == TokenTypes.Head))
        {
            alternatives.Add(Term(head.Text, QueryWeights.CompoundHead, fields), Occur.SHOULD);
            var modifiers = TopLevelModifiers(terms, head);
            if (modifiers.Count > 0)
            {
                var all = new BooleanQuery(disableCoord: true) { Boost = QueryWeights.CompoundModifier };
                foreach (var modifier in modifiers)
                {
                    all.Add(Term(modifier.Text, 1f, fields), Occur.MUST);
                }

                alternatives.Add(all, Occur.SHOULD);
            }
        }
    }

    /// <summary>The title and teaser among <paramref name="fields"/>: short texts, where words found apart belong together.</summary>
    private static IReadOnlyList<(string Field, float Boost)> Headline(IReadOnlyList<(string Field, float Boost)> fields)
    {
        var headline = fields.Where(f => f.Field is ArticleFields.Title or ArticleFields.Teaser).ToList();
        return headline.Count > 0 ? headline : fields;
    }

    /// <summary>The parts before the head: the splitter lists the top-level parts first, ending with the head.</summary>
    private static List<AnalyzedTerm> TopLevelModifiers(List<AnalyzedTerm> terms, AnalyzedTerm head)
    {
        var parts = terms.Where(t => t.Type is TokenTypes.Part or TokenTypes.Head).ToList();
        var headIndex = parts.IndexOf(head);
        return headIndex <= 0 ? [] : parts.Take(headIndex).ToList();
    }

    /// <summary>One term in several fields: the best field counts, the others a little (dis-max).</summary>
    private Query Term(string text, float weight, IReadOnlyList<(string Field, float Boost)> fields)
    {
        if (fields.Count == 1)
        {
            var only = _terms.Query(new Term(fields[0].Field, text));
            only.Boost = weight * fields[0].Boost;
            return only;
        }

        var query = new DisjunctionMaxQuery(0.1f) { Boost = weight };
        foreach (var (field, boost) in fields)
        {
            var one = _terms.Query(new Term(field, text));
            one.Boost = boost;
            query.Add(one);
        }

        return query;
    }

    /// <summary>No alternative of the word is in any article: the analyzed text fields hold every word of every field.</summary>
    private bool IsUnknown(List<List<AnalyzedTerm>> positions) =>
        positions.SelectMany(p => p).All(t => _scope.AnalyzedTextFields.All(f => _terms.DocFreq(new Term(f, t.Text)) == 0));

    private Query? InField(FieldNode node)
    {
        IReadOnlyList<(string Field, float Boost)> field = [(node.Field, 1f)];
        return node.Inner switch
        {
            WordNode word => Word(word.Text, field, WordMode.InField),
            PhraseNode phrase => PhraseQueries.InField(analyzer, node.Field, phrase.Text),
            AndNode and => BooleanClauses.All(and.Items.OfType<WordNode>().Select(w => Word(w.Text, field, WordMode.InField))),
            OrNode or => BooleanClauses.Any(or.Items.OfType<WordNode>().Select(w => Word(w.Text, field, WordMode.InField)).OfType<Query>()),
            _ => null,
        };
    }

    private static Query DateRange(DateNode date) =>
        NumericRangeQuery.NewInt32Range(IndexFieldNames.PublishedDays, date.From?.DayNumber, date.To?.DayNumber, true, true);

    private static List<List<AnalyzedTerm>> Analyze(Analyzer analyzer, string field, string text) => AnalyzedText.Positions(analyzer, field, text);
}
