package dev.handoff.core.normalize;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MarkupNormalizerTest {

    private final MarkupNormalizer normalizer = new MarkupNormalizer();

    private String n(String raw) {
        return normalizer.normalize(raw);
    }

    @Test
    void null_and_blank_texts_become_empty() {
        assertThat(n(null)).isEmpty();
        assertThat(n(" \r\n\t ")).isEmpty();
    }

    @Test
    void noformat_content_is_kept_verbatim_without_the_tags() {
        // AC-1367 description
        String raw = "At the beginning of the retry loop, you need to add something like:\r\n{noformat}\r\n"
                + "if (i > 0)\r\n  is = getInputStream();\r\n{noformat}\r\nand also make sure that it is not null.";
        assertThat(n(raw)).isEqualTo("At the beginning of the retry loop, you need to add something like:\n"
                + "if (i > 0)\n  is = getInputStream();\nand also make sure that it is not null.");
    }

    @Test
    void code_block_with_language_keeps_markup_like_characters_inside() {
        // AC-4406 description (shortened)
        String raw = "How to reproduce:\n\n{code:java}\nvar field = Ti.UI.createTextField({\n    textAlign:'right'\n});\n"
                + "// *not bold* _not italic_ [not|a link] {quote}\n{code}\n\nType: \"Test.\"";
        assertThat(n(raw)).isEqualTo("How to reproduce:\n\nvar field = Ti.UI.createTextField({\n    textAlign:'right'\n});\n"
                + "// *not bold* _not italic_ [not|a link] {quote}\n\nType: \"Test.\"");
    }

    @Test
    void code_tags_inside_a_sentence_leave_their_content_in_the_sentence() {
        assertThat(n("Run {code}titanium build -p ios{code} and watch the log"))
                .isEqualTo("Run titanium build -p ios and watch the log");
    }

    @Test
    void unclosed_code_block_keeps_the_rest_as_code() {
        assertThat(n("Log:\n{code}\nE/TiApplication: *crash* at [main]")).isEqualTo("Log:\nE/TiApplication: *crash* at [main]");
    }

    @Test
    void quote_content_is_kept_in_single_text_mode_without_tags() {
        // AC-1255 description
        String raw = "When I use *\"Distribute - Apple app store\"* button, I got a\r\n"
                + "{quote}[ERROR] :Invalid \"--distribution-name\" value \"XXXXXXXXXXX \"{quote}\r\n\r\n"
                + "I think this occurs because the distribution name have a special character {color:red}*º*{color} in the name";
        assertThat(n(raw)).isEqualTo("When I use \"Distribute - Apple app store\" button, I got a\n"
                + "[ERROR] :Invalid \"--distribution-name\" value \"XXXXXXXXXXX \"\n\n"
                + "I think this occurs because the distribution name have a special character º in the name");
    }

    @Test
    void bq_prefix_is_removed_and_the_quoted_text_kept() {
        // AC-1198 comment 7
        assertThat(n("bq. Also here is Appcelerator's Alloy repository and release versions . Thanks.\nI know the links."))
                .isEqualTo("Also here is Appcelerator's Alloy repository and release versions . Thanks.\nI know the links.");
    }

    @Test
    void panel_with_title_keeps_the_title_and_the_content() {
        // AC-1764 description (shortened)
        String raw = "{panel:title=The Obj-C Function| borderStyle=dashed| borderColor=#ccc| bgColor=#FFFFCE} \n"
                + "-(int64) getCustomerId:(id)args\n{panel}\nThe value received in the app is : 938417712643042800";
        assertThat(n(raw)).isEqualTo("The Obj-C Function\n-(int64) getCustomerId:(id)args\n"
                + "The value received in the app is : 938417712643042800");
    }

    @Test
    void color_tags_and_bold_around_them_are_removed() {
        // AC-1087 description
        assertThat(n("*{color:red}Actual Result:{color}*\nNoting happens.")).isEqualTo("Actual Result:\nNoting happens.");
    }

    @Test
    void headings_lose_their_prefix() {
        assertThat(n("h2. Steps to reproduce\n# open the app")).isEqualTo("Steps to reproduce\n# open the app");
    }

    @Test
    void text_effects_become_plain_text() {
        assertThat(n("This is *bold*, _italic_, -deleted- and +inserted+ text, {{Ti.UI.View}} too."))
                .isEqualTo("This is bold, italic, deleted and inserted text, Ti.UI.View too.");
    }

    @Test
    void markdown_strong_emphasis_pasted_into_a_ticket_becomes_plain_text() {
        assertThat(n("**Android:** 13\n**App version:** 2.4.1, **not** *this* one"))
                .isEqualTo("Android: 13\nApp version: 2.4.1, not this one");
        assertThat(n("2**10 is 1024, a ** b stays, and so does **")).isEqualTo("2**10 is 1024, a ** b stays, and so does **");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/usr/local/lib/node_modules/appc_memwatch/build_tools.js",
            "call snake_case_names and __init__ here",
            "titanium build --platform ios --log-level trace -T device",
            "Titanium SDK 1.2.3-beta and 5.2.0.GA-rc",
            "compute 2 * 3 * 4 and a*b*c, then 5 - 3 - 1",
            "copy *.js and **/*.json, then a + b + c",
            "* item one\n** nested item\n# numbered\n- dashed item",
            "List<String> names = new ArrayList<id>();",
            "[ERROR] :  TiApplication: (main) [10813,10813] Sending event: exception",
            "arr[i|j] stays, C:\\Users\\Peter\\AppData stays",
            "http://example.com/_private_/page and https://x.io/a-b-c-/d",
            "-Xmx512m -Xms256m -verbose",
            // AC-3040: a mangled C++ symbol in a crash log outside {code}
            "28  HIToolbox  0x97be0598 _ZL19FinishMenuSelectionP13SelectionDataP10MenuResultS2_ + 129",
            // AC-3530: a spindump frame marker and a pointer type
            "*14  lfs_clean_thread(void*) + 73 (CoreStorage + 198178) [0xffffff7f821d8622] 1-14",
            // AC-925: an ASCII table border
            "+---------------------------------------------------------------------------------------+",
            // AC-1890: string concatenation pasted as prose
            "document.write(\"<td>\"+CodePics(\"*\",theBarHeight, ss)+\"</td></tr></table></div>\");",
            // AC-6309: npm dependency tree
            "| | +-- graceful-fs@4.1.15",
    })
    void markup_lookalikes_in_ordinary_text_are_left_alone(String text) {
        assertThat(n(text)).isEqualTo(text);
    }

    @Test
    void bullets_keep_their_item_text_with_effects_removed() {
        assertThat(n("* item with *bold* word\n* second")).isEqualTo("* item with bold word\n* second");
    }

    @Test
    void tables_become_cells_separated_by_bars() {
        assertThat(n("||Platform||Version||\n|iOS|9.3|\n|Android|[6.0|https://x.io/a]|"))
                .isEqualTo("Platform | Version\niOS | 9.3\nAndroid | 6.0 (https://x.io/a)");
    }

    @Test
    void links_keep_text_and_target() {
        // AC-1008 comment 1 (shortened URL)
        assertThat(n("Here is the guide about [how to create a test case|http://docs.appcelerator.com/titanium/3.0/#!/guide]"))
                .isEqualTo("Here is the guide about how to create a test case (http://docs.appcelerator.com/titanium/3.0/#!/guide)");
        assertThat(n("See [http://x.io/page] and [mailto:jane@x.com] and [AC-123]"))
                .isEqualTo("See http://x.io/page and mailto:jane@x.com and AC-123");
        assertThat(n("Write to [jane@x.com|mailto:jane@x.com]")).isEqualTo("Write to jane@x.com");
        assertThat(n("Log in [^build.log] attached")).isEqualTo("Log in build.log attached");
    }

    @Test
    void mentions_become_at_names() {
        // AC-1006 comment 3
        assertThat(n("[~fokkezb] are you still getting this issue?")).isEqualTo("@fokkezb are you still getting this issue?");
        assertThat(n("cc [~accountid:5b10ac8d82e05b22cc7d4ef5]")).isEqualTo("cc @5b10ac8d82e05b22cc7d4ef5");
    }

    @Test
    void images_become_image_placeholders() {
        // AC-4406 description
        assertThat(n("Type: \"Test.\"\n!A.png|thumbnail!\n!Screen Shot 2016-09-01 at 19.00.35.png|thumbnail!\n"
                + "!http://i60.tinypic.com/2500cae.jpg!"))
                .isEqualTo("Type: \"Test.\"\n[image: A.png]\n[image: Screen Shot 2016-09-01 at 19.00.35.png]\n"
                        + "[image: http://i60.tinypic.com/2500cae.jpg]");
    }

    @Test
    void exclamations_are_not_taken_for_images() {
        assertThat(n("It works! See file.png! Great!")).isEqualTo("It works! See file.png! Great!");
    }

    @Test
    void html_macro_content_loses_its_tags() {
        // AC-3302 description
        String raw = "{html}<div><p>We should support syntax highlighting/coloring for coffeescript\nfiles: <a href=\n"
                + "\"http://jashkenas.github.com/coffee-script/\">http://jashkenas.github.com/coffee-script/</a></p></div>{html}";
        assertThat(n(raw)).isEqualTo("We should support syntax highlighting/coloring for coffeescript\n"
                + "files: http://jashkenas.github.com/coffee-script/");
    }

    @Test
    void an_html_table_without_other_layout_becomes_rows_of_cells() {
        // github.com/MarcusWolschon/osmeditor4android/issues/2556: an app's device report pasted as a bare table
        String raw = "Device info:\n<table>\n<tr><td>App version</td><td>20.0.0.0</td></tr>\n"
                + "<tr><td>Device model</td><td>SM-J111M</td></tr>\n</table>";
        assertThat(n(raw)).isEqualTo("Device info:\n\nApp version | 20.0.0.0\n\nDevice model | SM-J111M");
    }

    @Test
    void line_breaks_and_rules_are_layout_only() {
        assertThat(n("first line \\\\ second line\n----\nafter the rule")).isEqualTo("first line\nsecond line\n\nafter the rule");
    }

    @Test
    void emoticons_are_left_as_they_are() {
        assertThat(n("Works now (/) but not on iOS (x) :)")).isEqualTo("Works now (/) but not on iOS (x) :)");
    }

    @Test
    void whitespace_is_normalised() {
        assertThat(n("a\u00A0b\u200B c  \r\nnext\r\n\r\n\r\n\r\nlast\rend  "))
                .isEqualTo("a b c\nnext\n\nlast\nend");
    }
}
