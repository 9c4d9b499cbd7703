/**
 * Copy-paste code that reads a published file from its address: Excel's Power Query (M), Python
 * (pandas) and R (readr, arrow). CSV files are UTF-8 with a header, comma-separated; codes are kept
 * as text so that "01" or "21004A00-" do not become numbers.
 */
export interface Snippet {
  tool: "excel" | "python" | "r";
  format: "csv" | "parquet";
  code: string;
}

export function snippets(csvUrl: string, parquetUrl: string, name: string, codeColumn: string): Snippet[] {
  return [
    {
      tool: "excel",
      format: "csv",
      code: [
        "let",
        `    Source = Csv.Document(Web.Contents("${csvUrl}"), [Delimiter = ",", Encoding = 65001, QuoteStyle = QuoteStyle.Csv]),`,
        "    Promoted = Table.PromoteHeaders(Source, [PromoteAllScalars = true])",
        "in",
        "    Promoted",
      ].join("\n"),
    },
    {
      tool: "python",
      format: "csv",
      code: `import pandas as pd\n\n${name} = pd.read_csv("${csvUrl}", dtype={"${codeColumn}": str})`,
    },
    {
      tool: "python",
      format: "parquet",
      code: `import pandas as pd  # with pyarrow installed\n\n${name} = pd.read_parquet("${parquetUrl}")`,
    },
    {
      tool: "r",
      format: "csv",
      code: `library(readr)\n\n${name} <- read_csv("${csvUrl}", col_types = cols(${codeColumn} = col_character()))`,
    },
    {
      tool: "r",
      format: "parquet",
      code: [
        "library(arrow)",
        "",
        'file <- tempfile(fileext = ".parquet")',
        `download.file("${parquetUrl}", file, mode = "wb")`,
        `${name} <- read_parquet(file)`,
      ].join("\n"),
    },
  ];
}
