package dev.handoff.cli.multilingual;

import dev.handoff.cli.jira.JiraIssueReader;
import dev.handoff.core.ledger.AskedQuestion;
import dev.handoff.core.ledger.Outcome;
import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.ledger.TriedStep;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.pipeline.EscalationPipeline;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real German, French and Spanish support threads (GitHub issues of end-user apps, see
 * {@code src/test/resources/multilingual/README.md}) run through the deterministic pipeline. Every expected
 * value was checked by hand against the ticket text: what the ticket states is found, with the author and
 * place it was stated; what it does not state stays empty. Where a parallel English sentence is handled the
 * same way, the test says so.
 */
class RealTicketsTest {

    private static final EscalationPipeline PIPELINE = EscalationPipeline.defaults();

    private static EscalationPipeline.Drafted draft(String lang, String key) {
        String path = "/multilingual/" + lang + "/" + key + ".json";
        try (InputStream in = Objects.requireNonNull(RealTicketsTest.class.getResourceAsStream(path), path)) {
            return PIPELINE.draftWithSources(new JiraIssueReader().read(in.readAllBytes()), Audience.agents(2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    private static EscalationPipeline.Drafted english(String summary, String description, String... comments) {
        StringBuilder json = new StringBuilder("{\"key\":\"EN-1\",\"fields\":{\"summary\":").append(q(summary))
                .append(",\"description\":").append(q(description))
                .append(",\"reporter\":{\"name\":\"user\",\"displayName\":\"user\"},\"created\":\"2020-01-01T10:00:00.000+0000\",\"comment\":{\"comments\":[");
        for (int i = 0; i < comments.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"author\":{\"name\":\"").append(comments[i])
                    .append("\",\"displayName\":\"").append(comments[i]).append("\"},\"created\":\"2020-01-02T10:0").append(i / 2)
                    .append(":00.000+0000\",\"body\":").append(q(comments[i + 1])).append('}');
        }
        json.append("]}}}");
        try {
            return PIPELINE.draftWithSources(new JiraIssueReader().read(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Audience.agents(2));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static List<String> values(EscalationPipeline.Drafted d, Slot slot) {
        return d.draft().environment().get(slot).stream().map(Evidence::value).toList();
    }

    /** The single value of a slot, checked against the source text it points into and the author who stated it. */
    private static Evidence only(EscalationPipeline.Drafted d, Slot slot, String value, SourceRef.Kind kind, String author) {
        assertThat(values(d, slot)).as(slot.jsonName()).containsExactly(value);
        Evidence e = d.draft().environment().get(slot).get(0);
        assertThat(e.source().kind()).as(slot.jsonName() + " source").isEqualTo(kind);
        assertThat(e.source().author().displayName()).as(slot.jsonName() + " author").isEqualTo(author);
        assertThat(textOf(d, e.source()).substring(e.source().start(), e.source().end())).isEqualTo(value);
        return e;
    }

    private static String textOf(EscalationPipeline.Drafted d, SourceRef ref) {
        return d.sources().stream()
                .filter(s -> s.ref().kind() == ref.kind() && s.ref().commentNumber() == ref.commentNumber())
                .map(SourceText::text).findFirst().orElseThrow();
    }

    private static String allText(EscalationPipeline.Drafted d) {
        return String.join("\n", d.sources().stream().map(SourceText::text).toList());
    }

    private static ThreadLedger ledger(EscalationPipeline.Drafted d) {
        return d.draft().ledger();
    }

    @Nested
    class German {

        @Test
        void aCoronaWarnAppReportNamesPhoneAndroidAndAppVersionAndTheRestartThatDidNotHelp() {
            var d = draft("de", "DE-1");
            only(d, Slot.DEVICE, "Samsung Galaxy A40", SourceRef.Kind.DESCRIPTION, "DK1979");
            assertThat(values(d, Slot.OS)).contains("Android 10");
            only(d, Slot.APPLICATION, "App Version 1.3.0", SourceRef.Kind.DESCRIPTION, "DK1979");
            assertThat(values(d, Slot.LAST_CHANGE)).isEmpty();
            assertThat(ledger(d).tried()).singleElement().satisfies(t -> {
                assertThat(t.step().text()).startsWith("Neustart Smartphone erfolglos");
                assertThat(t.outcome()).isEqualTo(Outcome.NO_CHANGE);
            });
        }

        @Test
        void keyValueLinesWithGermanCompoundKeysGiveDeviceOsAndAppVersion() {
            var d = draft("de", "DE-2");
            only(d, Slot.DEVICE, "SAMSUNG Galaxy J5", SourceRef.Kind.DESCRIPTION, "Teddy265");
            only(d, Slot.OS, "Android-Version = 6.0.1", SourceRef.Kind.DESCRIPTION, "Teddy265");
            only(d, Slot.APPLICATION, "CWA-Version = 1.3.1", SourceRef.Kind.DESCRIPTION, "Teddy265");
            // The helper's question got no answer from the reporter: it stays open.
            assertThat(ledger(d).openQuestions()).singleElement()
                    .satisfies(o -> assertThat(o.question().text()).isEqualTo("Sieht die Fehlermeldung etwa so aus?"));
        }

        @Test
        void theSameReportInEnglishGivesTheSameValues() {
            var d = english("CAUSE: 3 Something went wrong",
                    "Hello CWA team,\nDevice name = SAMSUNG Galaxy J5\nCWA version = 1.3.1\nAndroid version = 6.0.1");
            assertThat(values(d, Slot.DEVICE)).containsExactly("SAMSUNG Galaxy J5");
            assertThat(values(d, Slot.OS)).containsExactly("Android version = 6.0.1");
            assertThat(values(d, Slot.APPLICATION)).containsExactly("CWA version = 1.3.1");
        }

        @Test
        void theDeviceStatedInTheReportersOwnCommentIsFoundWithItsModelSuffix() {
            var d = draft("de", "DE-3");
            only(d, Slot.DEVICE, "Sony Xperia XA1 Plus", SourceRef.Kind.COMMENT, "traut21");
            // "ab Android 6" in the opening is a range: the reporter's own "Android: **8.0.0**" still counts
            assertThat(values(d, Slot.OS)).containsExactly("Android 6", "Android: 8.0.0");
        }

        @Test
        void anIosVersionFromTheSummaryAndNoInventedPhoneOrAppVersion() {
            var d = draft("de", "DE-4");
            only(d, Slot.OS, "iOS 13.5.1", SourceRef.Kind.SUMMARY, "svesch2006");
            assertThat(values(d, Slot.DEVICE)).isEmpty();
            // "aktuell 1.0.4" is the support engineer naming the current release, not the reporter's version.
            assertThat(values(d, Slot.APPLICATION)).isEmpty();
            assertThat(ledger(d).openQuestions()).extracting(o -> o.question().text())
                    .anySatisfy(t -> assertThat(t).startsWith("Bitte stellen Sie sicher, dass Sie die neueste Version der App installiert haben"));
        }

        @Test
        void theMessageTheAppShowsAndTwoNominalStepsThatChangedNothing() {
            var d = draft("de", "DE-5");
            only(d, Slot.DEVICE, "iPhone Xs", SourceRef.Kind.DESCRIPTION, "fark0");
            only(d, Slot.OS, "iOS Version: 14.0 (18A5369b)", SourceRef.Kind.DESCRIPTION, "fark0");
            only(d, Slot.ERROR_STRING, "Risiko-Ermittlung gestoppt", SourceRef.Kind.DESCRIPTION, "fark0");
            assertThat(ledger(d).tried()).extracting(t -> t.step().text())
                    .anySatisfy(t -> assertThat(t).startsWith("Deaktivieren und Aktivieren der Ermittlung").contains("Neustart des iPhones"))
                    .anySatisfy(t -> assertThat(t).startsWith("Ein Löschen und anschließendes Neuinstallieren hat ebenfalls nichts gebracht"));
            assertThat(ledger(d).tried()).extracting(TriedStep::outcome).containsOnly(Outcome.NO_CHANGE);
        }

        @Test
        void theEnglishSentenceWithShowsGivesTheSameMessage() {
            var d = english("Risk detection stopped",
                    "Having used the app for months, since yesterday it shows me \"Risk detection stopped\", although it is enabled.");
            assertThat(values(d, Slot.ERROR_STRING)).containsExactly("Risk detection stopped");
        }

        @Test
        void theReportersOsVersionWinsOverTheBetaAHelperSuggestsAndAPassiveReinstallCounts() {
            var d = draft("de", "DE-6");
            only(d, Slot.DEVICE, "iPhoneX", SourceRef.Kind.DESCRIPTION, "marcelloceschia");
            only(d, Slot.OS, "iOS Version: 14.2", SourceRef.Kind.DESCRIPTION, "marcelloceschia");
            only(d, Slot.LAST_CHANGE, "Nach Aktivierung der Region Schweiz letzter Woche", SourceRef.Kind.DESCRIPTION, "marcelloceschia");
            assertThat(ledger(d).tried()).singleElement().satisfies(t -> {
                assertThat(t.step().text()).isEqualTo("App ist bereits neu installiert.");
                assertThat(t.by()).hasToString("REQUESTER");
            });
        }

        @Test
        void aGermanMailReplyLosesItsQuotedTailAndStatesNoEnvironment() {
            var d = draft("de", "DE-7");
            assertThat(allText(d)).doesNotContain("schrieb IHFSchwarz").doesNotContain("Closed #23 via");
            assertThat(d.draft().environment().get(Slot.DEVICE)).isEmpty();
            assertThat(d.draft().environment().get(Slot.OS)).isEmpty();
            assertThat(d.draft().environment().get(Slot.APPLICATION)).isEmpty();
            assertThat(ledger(d).openQuestions()).extracting(o -> o.question().text())
                    .containsExactly("Wo find ich das Crashlog auf meinem Mobile?");
        }

        @Test
        void theQuotedErrorMessageLosesItsQuotesAndTheFixVersionOfAHelperIsNotTheReportersApp() {
            var d = draft("de", "DE-8");
            only(d, Slot.ERROR_STRING, "Risikoermittlung nicht möglich", SourceRef.Kind.DESCRIPTION, "jangerritha");
            assertThat(values(d, Slot.APPLICATION)).isEmpty();
            assertThat(values(d, Slot.DEVICE)).isEmpty();
            assertThat(values(d, Slot.OS)).isEmpty();
            assertThat(ledger(d).openQuestions()).extracting(o -> o.question().text())
                    .anySatisfy(t -> assertThat(t).startsWith("Bitte das Update installieren"));
        }
    }

    @Nested
    class French {

        @Test
        void aSamsungModelWithoutGalaxyAndAMisspeltReinstallThatChangedNothing() {
            var d = draft("fr", "FR-1");
            only(d, Slot.DEVICE, "Samsung A51", SourceRef.Kind.DESCRIPTION, "yann1108");
            only(d, Slot.OS, "Android 10", SourceRef.Kind.DESCRIPTION, "yann1108");
            assertThat(ledger(d).tried()).singleElement().satisfies(t -> {
                assertThat(t.step().text()).startsWith("J'ai désinstaller et ré-installer");
                assertThat(t.outcome()).isEqualTo(Outcome.NO_CHANGE);
            });
            // The reporter's own question to the desk, with the French space before the question mark.
            assertThat(ledger(d).openQuestions()).extracting(o -> o.question().text()).contains("Laquelle passe en premier ?");
        }

        @Test
        void peuxTuEssayerIsAskedAndTheReportersCaMarcheIsTheAnswer() {
            var d = draft("fr", "FR-2");
            only(d, Slot.DEVICE, "Nexus 4", SourceRef.Kind.DESCRIPTION, "tmos");
            assertThat(values(d, Slot.OS)).contains("android 4.3");
            AskedQuestion asked = ledger(d).answered().stream().filter(a -> a.question().text().contains("essayer"))
                    .findFirst().orElseThrow();
            assertThat(asked.question().source().author().displayName()).isEqualTo("barbogogo");
            // the answer is the "it works"; the thank-you after it adds nothing a tier-2 reader needs
            assertThat(asked.answer().text()).isEqualTo("ça marche !");
            assertThat(asked.answer().source().author().displayName()).isEqualTo("tmos");
        }

        @Test
        void theEnglishThreadPairsCanYouTryWithItWorksTheSameWay() {
            var d = english("android 4.3 = crash", "I installed the app on my Nexus 4 with Android 4.3 and it crashes on start.",
                    "barbogogo", "Bug found and fixed.\nCan you try [LeedReader-v1.4.2](http://example.invalid/x).",
                    "user", "It works! Thanks for the quick fix :)");
            assertThat(ledger(d).answered()).singleElement()
                    .satisfies(a -> assertThat(a.answer().text()).isEqualTo("It works!"));
        }

        @Test
        void aQuestionWithASpaceBeforeTheMarkIsAnsweredAndTheModelKeepsNoteAndPro() {
            var d = draft("fr", "FR-3");
            only(d, Slot.DEVICE, "Xiaomi Redmi note 10 pro", SourceRef.Kind.DESCRIPTION, "Chamache01");
            only(d, Slot.OS, "Android 12", SourceRef.Kind.DESCRIPTION, "Chamache01");
            only(d, Slot.APPLICATION, "0.538", SourceRef.Kind.DESCRIPTION, "Chamache01");
            assertThat(values(d, Slot.ERROR_STRING)).isEmpty();
            assertThat(ledger(d).answered()).singleElement().satisfies(a -> {
                assertThat(a.question().text()).isEqualTo("as-tu encore ce problème depuis la mise à jour ?");
                assertThat(a.answer().source().author().displayName()).isEqualTo("Chamache01");
            });
            assertThat(ledger(d).tried()).singleElement().satisfies(t -> {
                assertThat(t.step().text()).startsWith("Impossible de lancer même après une désinstallation et réinstallation");
                assertThat(t.outcome()).isEqualTo(Outcome.NO_CHANGE);
            });
        }

        @Test
        void appareilAndAndroidLabelsAndAStepThatWorkedOnlyTheFirstTime() {
            var d = draft("fr", "FR-4");
            assertThat(values(d, Slot.DEVICE)).containsExactly("oneplus one");
            only(d, Slot.OS, "Android : 11", SourceRef.Kind.DESCRIPTION, "Khomotica");
            assertThat(ledger(d).tried()).singleElement().satisfies(t -> {
                assertThat(t.step().text()).startsWith("J'ai supprimé tt les données de l'appli");
                assertThat(t.outcome()).isEqualTo(Outcome.PARTIAL);
            });
        }

        @Test
        void aGalaxyZFlipIsADeviceAndAndroidAutoIsNoOsAndTheQuotedMailCountsOnce() {
            var d = draft("fr", "FR-5");
            only(d, Slot.DEVICE, "Galaxy zflip 7", SourceRef.Kind.DESCRIPTION, "gozlan31");
            assertThat(values(d, Slot.OS)).isEmpty();
            String text = allText(d);
            assertThat(text).doesNotContain("a écrit");
            assertThat(text.split("Une version est en cours de déploiement", -1)).hasSize(2);
            // Two identical "same problem" comments: the second is only marked as a repeat.
            assertThat(text.split("Je crois que j'ai le même problème", -1)).hasSize(2);
        }

        @Test
        void theEnglishMailReplyIsCutTheSameWay() {
            var d = english("Stuck on info page", "App does not start.",
                    "vendor", "A new version is being rolled out on the Play Store.",
                    "user", "Got it, thanks.\n\nOn 10 Aug 2025, at 20:03, vendor <x@example.invalid> wrote:\n>A new version is being rolled out on the Play Store.");
            assertThat(allText(d).split("A new version is being rolled out", -1)).hasSize(2);
        }

        @Test
        void anIssueFormInFrenchGivesDeviceOsAndTheVersionUnderItsHeading() {
            var d = draft("fr", "FR-6");
            only(d, Slot.DEVICE, "Pixel 7a", SourceRef.Kind.DESCRIPTION, "mxtpasontop");
            only(d, Slot.OS, "Android 16", SourceRef.Kind.DESCRIPTION, "mxtpasontop");
            // "### Version\n\n7.5.0-beta": the value on the line under the form's heading
            only(d, Slot.APPLICATION, "7.5.0-beta", SourceRef.Kind.DESCRIPTION, "mxtpasontop");
        }

        @Test
        void aUserAgentLineGivesAppPhoneModelAndAndroidVersion() {
            var d = draft("fr", "FR-7");
            only(d, Slot.APPLICATION, "Tchap/2.8.0", SourceRef.Kind.DESCRIPTION, "odelcroi");
            only(d, Slot.DEVICE, "realme RMX3241", SourceRef.Kind.DESCRIPTION, "odelcroi");
            only(d, Slot.OS, "Android 13", SourceRef.Kind.DESCRIPTION, "odelcroi");
            // The relayed message starts with ">" and is the only copy: it is kept.
            assertThat(allText(d)).contains("Nous avons trouvé la solution");
        }
    }

    @Nested
    class Spanish {

        @Test
        void theQuotedNotificationIsTheErrorAndTheReporterAnswersTheHelpersQuestion() {
            var d = draft("es", "ES-1");
            only(d, Slot.ERROR_STRING, "Radar COVID No funciona correctamente. Error al cargar nuevos datos de infección",
                    SourceRef.Kind.DESCRIPTION, "FranAFV");
            only(d, Slot.OS, "Android 8", SourceRef.Kind.COMMENT, "FranAFV");
            // Another user's phones (Xiaomi Redmi 5, Galaxy S9) are not the reporter's device.
            assertThat(values(d, Slot.DEVICE)).doesNotContain("Xiaomi Redmi 5", "Galaxy S9");
            AskedQuestion asked = ledger(d).answered().stream()
                    .filter(a -> a.question().text().equals("¿Tienes un Xiaomi con MIUI o un Huawei?")).findFirst().orElseThrow();
            assertThat(asked.answer().text()).startsWith("El error se dio en un Motorola, con Android 8");
            assertThat(asked.answer().source().author().displayName()).isEqualTo("FranAFV");
        }

        @Test
        void miMovilEsUnNamesTheWholeModelAndTheHelpersReleaseIsNotTheReportersVersion() {
            var d = draft("es", "ES-2");
            only(d, Slot.DEVICE, "Xiaomi Redmi Note 7", SourceRef.Kind.DESCRIPTION, "Yonseca");
            assertThat(values(d, Slot.OS)).isEmpty();
            assertThat(values(d, Slot.APPLICATION)).isEmpty();
        }

        @Test
        void tengoLaVersionGivesTheAppVersionAndTheSystemUpdateIsTheLastChange() {
            var d = draft("es", "ES-3");
            only(d, Slot.DEVICE, "POCO X7 PRO", SourceRef.Kind.DESCRIPTION, "Arcc1120");
            // Xiaomi's Android skin under "### OS Version", Android itself under "### Android Version"
            assertThat(values(d, Slot.OS)).containsExactly("HyperOS 3.0.300.0", "Android 16");
            assertThat(values(d, Slot.APPLICATION)).contains("0.4.2");
            assertThat(values(d, Slot.LAST_CHANGE)).singleElement()
                    .isEqualTo("Después de la actualización de 3.0.1 a 3.0.3");
            assertThat(ledger(d).tried()).extracting(t -> t.step().text())
                    .anySatisfy(t -> assertThat(t).contains("no cambia al borrar los datos ni al reinstalar"));
        }

        @Test
        void theEnglishIHaveVersionGivesTheSameAppVersion() {
            var d = english("Not working after system update",
                    "After the update from 3.0.1 to 3.0.3 the app stopped working; I have version 0.4.2 of the app");
            assertThat(values(d, Slot.APPLICATION)).contains("0.4.2");
        }

        @Test
        void anIssueFormWithSpanishProseStatesNoDeviceButTheAppVersionUnderItsHeading() {
            var d = draft("es", "ES-4");
            assertThat(values(d, Slot.DEVICE)).isEmpty();
            only(d, Slot.APPLICATION, "0.6.66", SourceRef.Kind.DESCRIPTION, "Pand3rby08");
            // "### Android version" then "11": the heading's name through the value, shown as "Android version 11"
            only(d, Slot.OS, "Android version\n\n11", SourceRef.Kind.DESCRIPTION, "Pand3rby08");
            assertThat(values(d, Slot.ERROR_STRING)).isEmpty();
        }

        @Test
        void diceQueIntroducesTheMessageUpToTheEndOfItsSentence() {
            var d = draft("es", "ES-5");
            only(d, Slot.ERROR_STRING, "no se pudo conectar al servidor", SourceRef.Kind.DESCRIPTION, "vespucci-reporter");
            // the HTML device table: its model row, not "Android SDK" from the SDK row
            only(d, Slot.DEVICE, "SM-J111M", SourceRef.Kind.DESCRIPTION, "vespucci-reporter");
            assertThat(values(d, Slot.APPLICATION)).doesNotContain("Android SDK");
            assertThat(ledger(d).openQuestions()).singleElement()
                    .satisfies(o -> assertThat(o.question().source().author().displayName()).isEqualTo("simonpoole"));
        }
    }
}
