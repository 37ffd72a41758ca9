package com.mediaframing.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.base.ConfigException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
  private static final String HEADER = "actor_id,name,type,aliases\n";

  private static ActorDictionary parse(String csv) {
    return ActorDictionary.parse(new StringReader(csv), "test.csv");
  }

  private static String error(String csv) {
    return assertThrows(ConfigException.class, () -> parse(csv)).getMessage();
  }

  @Test
  void readsActorsWithNameAsFirstAliasAndWindows() {
    ActorDictionary d =
        parse(
            HEADER
                + "# comment line\n"
                + "marco-rubio,Marco Rubio,Person,Rubio|Secretary of State@2025-01-21..\n"
                + "\n"
                + "donald-trump,Donald Trump,person,\"Trump|POTUS@2017-01-20..2021-01-20|"
                + "POTUS@2025-01-20..\"\n");
    assertEquals(2, d.size());
    Actor rubio = d.actor("marco-rubio").orElseThrow();
    assertEquals("person", rubio.type());
    assertEquals(
        List.of(
            ActorAlias.of("Marco Rubio"),
            ActorAlias.of("Rubio"),
            new ActorAlias("Secretary of State", LocalDate.of(2025, 1, 21), null)),
        rubio.aliases());
    Actor trump = d.actors().get(1);
    assertEquals("donald-trump", trump.actorId());
    assertEquals(4, trump.aliases().size());
    assertEquals(LocalDate.of(2021, 1, 20), trump.aliases().get(2).validUntil());
    assertTrue(d.actor("nobody").isEmpty());
  }

  @Test
  void windowsAreHalfOpenAndNeedADate() {
    ActorAlias potus =
        new ActorAlias("POTUS", LocalDate.of(2017, 1, 20), LocalDate.of(2021, 1, 20));
    assertFalse(potus.validOn(LocalDate.of(2017, 1, 19)));
    assertTrue(potus.validOn(LocalDate.of(2017, 1, 20)));
    assertTrue(potus.validOn(LocalDate.of(2021, 1, 19)));
    assertFalse(potus.validOn(LocalDate.of(2021, 1, 20)));
    assertFalse(potus.validOn(null));
    assertTrue(ActorAlias.of("Trump").validOn(null));
    ActorAlias openStart = new ActorAlias("Senator Rubio", null, LocalDate.of(2025, 1, 21));
    assertTrue(openStart.validOn(LocalDate.of(2011, 1, 3)));
    assertEquals("Senator Rubio@..2025-01-21", openStart.toString());
  }

  @Test
  void missingColumnNamesIt() {
    assertEquals(
        "test.csv: line 1: missing column 'type' in header [actor_id, name, aliases];"
            + " expected actor_id,name,type,aliases",
        error("actor_id,name,aliases\nx,X,\n"));
  }

  @Test
  void emptyIdNamesTheLine() {
    assertEquals("test.csv: line 3: empty actor_id", error(HEADER + "a,A,person,\n,B,person,\n"));
  }

  @Test
  void duplicateIdNamesBothLines() {
    assertEquals(
        "test.csv: line 4: duplicate actor_id 'a' (first defined on line 2)",
        error(HEADER + "a,A,person,\n# c\na,B,person,\n"));
  }

  @Test
  void badDateNamesValueAndLine() {
    assertEquals(
        "test.csv: line 2: bad date '2025-13-01' in alias 'Secretary of State@2025-13-01..';"
            + " use YYYY-MM-DD",
        error(HEADER + "r,Marco Rubio,person,Secretary of State@2025-13-01..\n"));
    assertEquals(
        "test.csv: line 2: bad alias window 'POTUS@2017'; write alias@FROM..UNTIL with ISO"
            + " dates, either end may be empty",
        error(HEADER + "t,Donald Trump,person,POTUS@2017\n"));
    assertEquals(
        "test.csv: line 2: empty alias window 'POTUS@2021-01-20..2017-01-20'; FROM must be"
            + " before UNTIL",
        error(HEADER + "t,Donald Trump,person,POTUS@2021-01-20..2017-01-20\n"));
  }

  @Test
  void officesColumnIsOptionalAndGivesHoldersByDate() {
    ActorDictionary d =
        parse(
            "actor_id,name,type,aliases,offices\n"
                + "barack-obama,Barack Obama,person,Obama,President@2009-01-20..2017-01-20\n"
                + "donald-trump,Donald Trump,person,Trump,"
                + "\"president@2017-01-20..2021-01-20|president@2025-01-20..\"\n"
                + "white-house,White House,institution,,\n");
    assertEquals(
        List.of(new ActorAlias("president", LocalDate.of(2009, 1, 20), LocalDate.of(2017, 1, 20))),
        d.actor("barack-obama").orElseThrow().offices());
    assertTrue(d.isOffice("president"));
    assertFalse(d.isOffice("secretary of state"));
    assertEquals(
        List.of("barack-obama"),
        d.holders("president", LocalDate.of(2016, 5, 1)).stream().map(Actor::actorId).toList());
    assertEquals(
        List.of("donald-trump"),
        d.holders("president", LocalDate.of(2025, 5, 1)).stream().map(Actor::actorId).toList());
    assertEquals(List.of(), d.holders("president", LocalDate.of(2022, 5, 1)));
    assertEquals(List.of(), d.holders("president", null));
    assertEquals(List.of(), d.actor("white-house").orElseThrow().offices());
    // a dictionary without the column loads as before, without offices
    ActorDictionary old = parse(HEADER + "barack-obama,Barack Obama,person,Obama\n");
    assertEquals(List.of(), old.actor("barack-obama").orElseThrow().offices());
    assertFalse(old.isOffice("president"));
    assertEquals(
        "test.csv: line 2: bad date '2017-02-30' in alias 'president@2017-02-30..';"
            + " use YYYY-MM-DD",
        error(
            "actor_id,name,type,aliases,offices\n"
                + "t,Donald Trump,person,Trump,President@2017-02-30..\n"));
  }

  @Test
  void lineNumbersCountQuotedLineBreaks() {
    assertEquals(
        "test.csv: line 4: empty name for actor_id 'b'",
        error(HEADER + "a,A,person,\"x\ny\"\nb,,person,\n"));
  }

  @Test
  void missingFileIsAConfigError() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> ActorDictionary.load(Path.of("no/such/actors.csv")));
    assertEquals(
        "actor dictionary no/such/actors.csv does not exist; pass the path of an actors CSV file",
        e.getMessage());
  }
}
