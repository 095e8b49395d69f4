import { SOURCE_KINDS } from '../schemas/source.ts';

/** YAML-safe double-quoted string. */
function quote(text: string): string {
  return JSON.stringify(text);
}

/** Example source entry for each kind, shown commented out in a new article. */
const SOURCE_EXAMPLES: Record<(typeof SOURCE_KINDS)[number], string> = {
  outlet: '  # ft:\n  #   name: Financial Times\n  #   kind: outlet            # another news outlet whose report is relayed\n  #   url: https://www.ft.com/',
  government: '  # chinese-embassy:\n  #   name: Chinese embassy in the US\n  #   kind: government        # a government, ministry or embassy speaking as an institution',
  official: '  # blinken:\n  #   name: Antony Blinken\n  #   kind: official          # a named official\n  #   role: US secretary of state',
  anonymous: '  # us-officials:\n  #   name: US officials\n  #   kind: anonymous         # unnamed officials or people "familiar with"\n  #   role: officials with access to diplomatic cables',
  expert: '  # tsang:\n  #   name: Steve Tsang\n  #   kind: expert            # a named analyst, academic or specialist\n  #   role: director of the SOAS China Institute',
  organization: '  # amnesty:\n  #   name: Amnesty International\n  #   kind: organization      # a company, NGO, party or other organisation',
  person: '  # resident:\n  #   name: Olena Petrenko\n  #   kind: person            # a named private person, witness or resident',
  document: '  # un-panel-report:\n  #   name: UN Panel of Experts report\n  #   kind: document          # a report, court filing, captured paper or dataset\n  #   url: https://…',
};

/**
 * The Markdown of a new, valid draft article: frontmatter skeleton and a short syntax reminder.
 * With `schemaPath` (relative to the article), the first line tells editors running the YAML
 * language server which JSON Schema validates the frontmatter (tooling/json-schemas.ts).
 */
export function buildArticleTemplate(title: string, today: Date, schemaPath?: string): string {
  const date = today.toISOString().slice(0, 10);
  const schemaLine = schemaPath ? `# yaml-language-server: $schema=${schemaPath}\n` : '';
  return `---
${schemaLine}title: ${quote(title)}
description: "TODO: one or two sentences saying what this analysis shows."
published: ${date}
# updated: ${date}
tags: []
# New articles are drafts: they appear on no page, feed or sitemap until you remove this line.
draft: true
original:
  outlet: "TODO: the outlet that published the report"
  # title: "The original headline, exactly as published"
  # byline: "by …"
  # section: "…"
  # url: https://…
  # published: ${date}
  datenote: "TODO: what is known about the original's date (remove if \`published\` above is known)"
sources: {}
  # Sources the site already has (\`npm run sources\` lists them) need no entry here: write \`by=<id>\`.
  # One used by several articles is best declared once, in \`sources/<id>.yaml\` next to \`articles/\`.
  # Declare the others here (then replace \`{}\` above by these entries).
  # Ids are lowercase slugs; kinds: ${SOURCE_KINDS.join(', ')}.
${SOURCE_KINDS.map((kind) => SOURCE_EXAMPLES[kind]).join('\n')}
---

<!--
Paste the article text below, word for word, then annotate it (content/README.md has the details):

  :claim[the attributed statement]{#optional-id by=source-id via=relaying-outlet status=unverified}
    several speakers of one statement: by=first-id,second-id
    status: unverified (default), corroborated, confirmed, disputed, denied
    a denial: :claim[it was not aware of such a request]{by=embassy responds=optional-id status=denied}
  “:quote[the speaker's exact words]{by=source-id},” she said.
  :::note{kind=context}      (or correction, translation, caveat)
  An editor's note, on its own lines.
  :::

Check your work at any time with: npm run check
-->
`;
}
