using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>A tiny corpus of three outlets written for these tests: two stories each, different wording and sourcing.</summary>
public static class SmallCorpus
{
    public static TempCorpus Create()
    {
        var corpus = new TempCorpus("small");
        corpus.Write("Plain Wire/day1.txt", """
            ---
            story: bridge-vote
            date: 2026-05-01
            ---
            News
            Council approves bridge repair plan after long debate
            The city council approved a plan to repair the Amber Street bridge on Tuesday, officials said.
            Plain Wire
            "The bridge will reopen in the spring," Mayor Lina Ostrova told reporters after the vote.
            Residents said the closure had added twenty minutes to their commute, according to a survey by the transport office.
            The repair will cost 4.2 million, the finance department said in a statement.
            Share this article
            """);
        corpus.Write("Plain Wire/day2.txt", """
            ---
            story: port-strike
            date: 2026-05-02
            ---
            News
            Dock workers stop work over pay at the northern port
            Dock workers at the northern port began a 48-hour strike on Wednesday, their union said.
            Plain Wire
            "We have waited two years for this offer," said Tomas Berg, a union spokesman.
            The port authority said ships would be diverted to the southern terminal.
            """);
        corpus.Write("Loud Daily/day1.txt", """
            ---
            story: bridge-vote
            date: 2026-05-01
            ---
            News
            Shocking bridge fiasco finally ends in chaotic council showdown
            Bungling councillors finally caved in on Tuesday and rammed through a outrageous bridge plan.
            Loud Daily
            Furious residents slammed the disastrous closure as a total disgrace.
            The so-called experts had warned of chaos for months.
            Read more
            """);
        corpus.Write("Loud Daily/day2.txt", """
            ---
            story: port-strike
            date: 2026-05-02
            ---
            News
            Militant dockers hold city to ransom in shocking strike chaos
            Militant union bosses brought the port to a shocking standstill on Wednesday.
            Loud Daily
            An insider said the greedy strikers were holding the whole city to ransom.
            The disastrous walkout will cost millions, sources claimed.
            """);
        corpus.Write("Quiet Post/day1.txt", """
            ---
            story: bridge-vote
            date: 2026-05-01
            ---
            News
            Bridge repair plan approved
            The council voted 9 to 4 on Tuesday to repair the Amber Street bridge.
            The bridge has been closed since January.
            """);
        return corpus;
    }
}
