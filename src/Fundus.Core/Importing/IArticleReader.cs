namespace Fundus.Importing;

/// <summary>Turns the text of one import source into records. Never throws for bad input: it reports it.</summary>
public interface IArticleReader
{
    IEnumerable<ImportRecord> Read(TextReader text, string source);
}
