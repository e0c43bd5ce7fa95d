// A Chicago-style bibliography template for citeproc. plugin-csl ships APA,
// Vancouver and Harvard only, and no npm package in reach ships the Chicago
// CSL file, so this is a minimal one written for this project: it covers
// what the graph's sources are (unsigned newspaper reports) and nothing else.
// Shape (Chicago 17, notes-bibliography, unsigned newspaper article):
//   Outlet. "Headline." Month Day, Year.   — "c." before an inferred date, and
// an untitled report's bracketed description (it has a genre) left unquoted.
export const CHICAGO_TEMPLATE = 'chicago-newspaper';

export const chicagoCsl = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago (unsigned newspaper reports, minimal)</title>
    <id>graph-explorer/${CHICAGO_TEMPLATE}</id>
    <updated>2026-11-25T00:00:00+00:00</updated>
  </info>
  <macro name="date">
    <group delimiter=" ">
      <choose>
        <if is-uncertain-date="issued">
          <text term="circa" form="short"/>
        </if>
      </choose>
      <date variable="issued">
        <date-part name="month" suffix=" "/>
        <date-part name="day" suffix=", "/>
        <date-part name="year"/>
      </date>
    </group>
  </macro>
  <macro name="lead">
    <choose>
      <if variable="container-title">
        <text variable="container-title"/>
      </if>
      <else>
        <text variable="title"/>
      </else>
    </choose>
  </macro>
  <citation>
    <layout delimiter="; ">
      <text variable="title" quotes="true"/>
    </layout>
  </citation>
  <bibliography>
    <sort>
      <key macro="lead"/>
      <key variable="issued"/>
    </sort>
    <layout suffix=".">
      <group delimiter=". ">
        <text variable="container-title" font-style="italic"/>
        <choose>
          <if variable="genre">
            <text variable="title"/>
          </if>
          <else>
            <text variable="title" quotes="true"/>
          </else>
        </choose>
        <text macro="date"/>
      </group>
    </layout>
  </bibliography>
</style>`;
