using System.Globalization;
using System.Xml;

namespace FramingAnalyzer.Learning;

/// <summary>JUnit XML with one test case per threshold, so CI systems list each floor as a passing or failing test.</summary>
public static class JUnitReport
{
    public static void Write(string path, string task, IReadOnlyList<ThresholdResult> results)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        using var xml = XmlWriter.Create(path, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", $"framing.evaluate.{task}");
        xml.WriteAttributeString("tests", results.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", results.Count(r => !r.Passed).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        foreach (var result in results)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", $"framing.evaluate.{task}");
            xml.WriteAttributeString("name", $"{result.Threshold.Metric} >= {result.Threshold.Minimum.ToString("0.####", CultureInfo.InvariantCulture)}");
            if (!result.Passed)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", result.Describe());
                xml.WriteString(result.Describe());
                xml.WriteEndElement();
            }
            xml.WriteElementString("system-out", result.Describe());
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
