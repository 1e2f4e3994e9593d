using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>
/// Runs a lazy reader so that an I/O failure part-way (a file that vanishes, a permission error, a read error)
/// becomes one <c>unreadable</c> skip for the input instead of an exception that would stop the batch. Items read
/// before the failure are kept.
/// </summary>
internal static class GuardedRead
{
    public static IEnumerable<ReadItem> Items(string origin, Func<IEnumerable<ReadItem>> read)
    {
        ReadItem? failure = null;
        IEnumerator<ReadItem>? items = null;
        try
        {
            items = read().GetEnumerator();
        }
        catch (Exception ex) when (IsInputFailure(ex))
        {
            failure = Unreadable(origin, ex);
        }

        if (items is not null)
        {
            using (items)
            {
                while (true)
                {
                    ReadItem item;
                    try
                    {
                        if (!items.MoveNext())
                        {
                            break;
                        }
                        item = items.Current;
                    }
                    catch (Exception ex) when (IsInputFailure(ex))
                    {
                        failure = Unreadable(origin, ex);
                        break;
                    }
                    yield return item;
                }
            }
        }

        if (failure is ReadItem problem)
        {
            yield return problem;
        }
    }

    private static bool IsInputFailure(Exception ex) => ex is IOException or UnauthorizedAccessException or InvalidDataException;

    private static ReadItem Unreadable(string origin, Exception ex) =>
        ReadItem.Skip(origin, "unreadable", "The input could not be read: " + ex.Message);
}
