package dev.handoff.core.extract;

import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.handoff.core.extract.Sources.REPORTER;
import static dev.handoff.core.extract.Sources.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Snippets are quoted from the public Appcelerator JIRA (tidev/jira-archive, Apache-2.0); the key is named with each. */
class EnvironmentExtractorTest {

    private final EnvironmentExtractor extractor = new EnvironmentExtractor();

    private static List<String> values(EnvironmentBlock block, Slot slot) {
        return block.get(slot).stream().map(Evidence::value).toList();
    }

    private EnvironmentBlock fromDescription(String description) {
        return extractor.extract(Sources.ticket().summary("").description(description).build());
    }

    @Nested
    class Device {

        @Test
        void a_device_model_and_an_emulator_model_named_by_the_reporter_are_devices() {
            // AC-1308, the reporter answering support
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("Strange display on Android").description("")
                    .comment(REPORTER, "I use 3.2.2.GA\r\nOn a Android 4.2.2 device (Galaxy Tab 3 10\" and genymotion Custom 10\")")
                    .build());
            assertThat(values(b, Slot.DEVICE)).contains("Galaxy Tab 3 10\"", "genymotion Custom 10\"");
        }

        @Test
        void a_hostname_in_a_shell_prompt_is_the_affected_machine() {
            // AC-66
            EnvironmentBlock b = extractor.extract(Sources.ticket()
                    .summary("Android: Fullscreen video playback restarts when screen is rotated (orientation changes)").description("")
                    .comment(REPORTER, "With Appcelerator Studio, build: 4.0.0.201504161435 and \r\n\r\n"
                            + "sebastian-MacBook-Pro:sebastian sebastian$ appc -V\r\n0.2.247")
                    .build());
            assertThat(values(b, Slot.DEVICE)).contains("sebastian-MacBook-Pro");
        }

        @Test
        void an_android_virtual_device_name_counts_even_inside_a_command_line() {
            // AC-5985
            EnvironmentBlock b = fromDescription("--target emulator --device-id Nexus_5X_API_28_x86 --skip-js-minify");
            assertThat(values(b, Slot.DEVICE)).contains("Nexus_5X_API_28_x86");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // ALOY-587
            "Add Blackberry to optimizer.js AST checks",
            // AC-2060
            "Blackberry installation failed",
            // AC-1131
            "Can not install app on a Blackberry Simulator.  The command seems to be missing the password that I set."})
        void a_phone_makers_name_before_a_function_word_or_a_platform_word_is_no_device_model(String text) {
            assertThat(values(fromDescription(text), Slot.DEVICE)).isEmpty();
        }

        @Test
        void a_phone_makers_name_before_a_model_name_is_a_device() {
            // AC-3168, as labelled in the gold set; its "nokia developer" is none
            EnvironmentBlock b = fromDescription("Support Nokia X\n\nNow I has test on emulator on nokia developer, Titanium has support, "
                    + "but I don't has to test a camera support.");
            assertThat(values(b, Slot.DEVICE)).containsExactly("Nokia X");
        }

        @Test
        void an_issue_key_on_a_line_that_mentions_a_device_is_no_asset_tag() {
            // ALOY-877
            EnvironmentBlock b = fromDescription("Due to ALOY-760 and TIMOB-14884, Alloy 1.3.0 requires TiSDK 3.2.0 to successfully "
                    + "deploy to iOS device. We should give the developer an error during the compile process");
            assertThat(values(b, Slot.DEVICE)).isEmpty();
        }

        @Test
        void generic_simulator_words_and_the_lower_case_build_platform_are_not_devices() {
            EnvironmentBlock b = fromDescription("It runs fine in the iPhone simulator; ti build -p iphone fails.");
            assertThat(values(b, Slot.DEVICE)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Affected machine: hostname: WS-0142 after the patch | WS-0142",
            "Gerät: PC-4711 startet nicht | PC-4711",
            "Mi equipo: LAP-20931 no arranca | LAP-20931",
            "Running on a Dell Latitude 7490 with the docking station | Dell Latitude 7490"})
        void a_hostname_or_model_after_a_cue_word_in_any_language_is_a_device(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.DEVICE)).contains(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "My laptop is a Lenovo ThinkPad T14 Gen 3 and Teams crashes. | Lenovo ThinkPad T14 Gen 3",
            "Mein Notebook (ThinkPad X1 Carbon Gen 9) startet neu. | ThinkPad X1 Carbon Gen 9",
            "HP EliteBook 840 G8 docked, no external screen. | HP EliteBook 840 G8",
            "Mon portable HP EliteBook x360 1040 G8 ne charge plus. | HP EliteBook x360 1040 G8",
            "Dell XPS 13 9310, fingerprint reader gone after the update. | Dell XPS 13 9310"})
        void a_business_laptop_keeps_its_generation_and_model_number(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.DEVICE)).containsExactly(expected);
        }
    }

    @Nested
    class Os {

        @Test
        void a_version_the_clause_says_does_not_have_the_issue_is_no_affected_os() {
            // AC-2491, a second affected user; their Android stays
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("").description("")
                    .comment(SUPPORT, "I have the same issue on Android, using the code below. Note, tested on ios device running ios 7.0.4 "
                            + "and do NOT have the issue, video continues playing seamlessly when devices is rotated.")
                    .build());
            assertThat(values(b, Slot.OS)).contains("Android").doesNotContain("ios 7.0.4");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // AC-476, summary
            "iOS: 5.1.x Ti.UI.ActivityIndicatorStyle favored, but fails | iOS: 5.1.x",
            // ALOY-1617, after normalisation drops the bold marks of "*ANDROID:*"
            "ANDROID: 8.0.0 (Device) 7.0 (GenyMotion) | ANDROID: 8.0.0 (Device)",
            // AC-6490
            "IOS Version: 13.3 | IOS Version: 13.3"})
        void an_os_version_after_its_label_ends_with_the_version_and_a_bracket_right_after_it(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.OS)).containsExactly(expected);
        }

        @Test
        void a_file_name_in_pasted_output_is_no_os_label_and_value() {
            // AC-6422, the tail of a JSON dump under "Actual Result"
            EnvironmentBlock b = fromDescription("h3. Actual Result\n.\n.\n.\nandroid-6.0.0.zip'}]}],'components':[]}\n"
                    + "[ERROR] :  Invalid '--ios-version' value '12.4'\n");
            assertThat(values(b, Slot.OS)).isEmpty();
        }

        @Test
        void windows_inside_a_products_name_is_not_the_operating_system() {
            EnvironmentBlock b = fromDescription("Since this morning SAPGUI for Windows 8.00 shows an error. I am on Windows 11.");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("SAPGUI for Windows 8.00");
            assertThat(values(b, Slot.OS)).containsExactly("Windows 11");
        }

        @Test
        void the_failing_os_version_is_taken_and_the_one_that_worked_is_not() {
            // AC-1083
            EnvironmentBlock b = extractor.extract(Sources.ticket()
                    .summary("Custom Fonts no longer rendering in iOS 7.1 (worked in 7.0.3)").description("").build());
            assertThat(values(b, Slot.OS)).containsExactly("iOS 7.1");
            assertThat(values(b, Slot.APPLICATION)).isEmpty();
        }

        @Test
        void the_platform_where_something_is_not_working_is_the_os() {
            // AC-1420, summary
            EnvironmentBlock b = extractor.extract(Sources.ticket()
                    .summary("VideoPlayer is not working  on Android 5.0 Lollipop").description("").build());
            assertThat(values(b, Slot.OS)).containsExactly("Android 5.0 Lollipop");
        }

        @Test
        void a_platform_compiled_against_is_the_sdk_not_the_os() {
            // AC-2179, as decided in the guidelines
            EnvironmentBlock b = fromDescription("The app was compiled with ios6 and crashes on the phone.");
            assertThat(values(b, Slot.OS)).isEmpty();
            assertThat(values(b, Slot.APPLICATION)).containsExactly("ios6");
        }

        @Test
        void the_mobile_platform_named_in_the_summary_settles_the_target() {
            // AC-1506
            EnvironmentBlock b = extractor.extract(Sources.ticket()
                    .summary("Ti.Calendar.Event.begin / end takes one day earlier than the given date on android")
                    .description("The above code creates a event on 14th Nov on iOS and 13th Nov on Android. "
                            + "Seems a bug with android calendar module.")
                    .build());
            assertThat(values(b, Slot.OS)).containsExactly("android");
        }

        @Test
        void a_marketing_name_with_its_version_is_one_value() {
            // AC-5847
            EnvironmentBlock b = fromDescription("My OS is macOS High Sierra 10.13.6. Any idea why?");
            assertThat(values(b, Slot.OS)).containsExactly("macOS High Sierra 10.13.6");
        }

        @Test
        void a_pasted_ti_info_report_gives_the_os_name_and_version() {
            // AC-66 (environment report in the thread)
            EnvironmentBlock b = fromDescription("Operating System\r\n  Name                        = Mac OS X\r\n"
                    + "  Version                     = 10.10.3\r\n  Architecture                = 64bit\r\n");
            assertThat(values(b, Slot.OS)).contains("Mac OS X", "10.10.3");
            assertThat(values(b, Slot.APPLICATION)).isEmpty();
        }

        @Test
        void a_bare_os_family_gives_way_to_a_versioned_os_of_that_family_but_a_bare_version_stays() {
            // AC-1223: Titanium Studio's diagnostics and the environment variables pasted under them
            EnvironmentBlock b = fromDescription("Host OS: Windows 7\nOS Version: 6.1\nOS Arch: x86\n\n"
                    + "HOMEDRIVE=C:\nOS=Windows_NT\nPROCESSOR_LEVEL=6\n");
            assertThat(values(b, Slot.OS)).containsExactlyInAnyOrder("Windows 7", "6.1");
        }

        @Test
        void a_version_opened_in_brackets_runs_to_the_closing_bracket() {
            // github.com/barbogogo/leedReader/issues/45
            EnvironmentBlock b = fromDescription("J'ai installé l'application sur mon Nexus 4, avec la dernière version de "
                    + "Android (4.3, dernière mise à jour mineure incluse), et impossible de la lancer");
            assertThat(values(b, Slot.OS)).containsExactly("Android (4.3, dernière mise à jour mineure incluse)");
        }

        @Test
        void windows_with_feature_update_and_build_is_one_value() {
            EnvironmentBlock b = fromDescription("Since yesterday on Windows 10 22H2 build 19045 Outlook 2016 crashes.");
            assertThat(values(b, Slot.OS)).containsExactly("Windows 10 22H2 build 19045");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("Outlook 2016");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "I am on Windows 10 Enterprise 22H2 (build 19045.3693) and cannot log in. | Windows 10 Enterprise 22H2 (build 19045.3693)",
            "Windows Server 2019 Datacenter, IIS returns 503. | Windows Server 2019 Datacenter",
            "The server runs Ubuntu 22.04.3 LTS and cron stopped. | Ubuntu 22.04.3 LTS"})
        void an_edition_or_lts_tag_stays_with_its_os_version(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.OS)).containsExactly(expected);
        }

        @Test
        void a_word_after_another_os_version_is_no_edition() {
            assertThat(values(fromDescription("On Android 13 Home screen widgets vanish."), Slot.OS)).containsExactly("Android 13");
        }

        @Test
        void lower_case_windows_is_the_platform_only_in_a_platform_phrase() {
            // AC-1028 ("new windows project") against user-interface windows
            assertThat(values(fromDescription("Can't create a new windows project in Titanium Alloy"), Slot.OS))
                    .containsExactly("windows");
            assertThat(values(fromDescription("Closing two windows quickly leaves a blank screen"), Slot.OS)).isEmpty();
        }

        @Test
        void an_ios_sdk_is_an_application_not_an_os() {
            // AC-1000
            EnvironmentBlock b = fromDescription("When tried to run titanium code base using SDK 3.2.2 and IOS SDK 7.1 getting");
            assertThat(values(b, Slot.OS)).isEmpty();
            assertThat(values(b, Slot.APPLICATION)).contains("SDK 3.2.2", "IOS SDK 7.1");
        }
    }

    @Nested
    class Application {

        @Test
        void a_module_version_given_per_platform_is_the_modules_version_not_an_os() {
            // AC-6262, the reporter answering support's question for "the SDK, module versions and platform versions"
            EnvironmentBlock b = fromDescription("SDK: 8.0.0GA\nmodule versions: iOS 1.2.2\niOS: 12.2\n");
            assertThat(values(b, Slot.APPLICATION)).contains("1.2.2");
            assertThat(values(b, Slot.OS)).containsExactly("iOS: 12.2");
        }

        @Test
        void a_file_and_line_in_a_node_stack_trace_is_no_product_version() {
            // ALOY-200, the compile log
            EnvironmentBlock b = fromDescription("2012-08-23 10:34:41 -- [INFO ] node.js:201\n"
                    + "2012-08-23 10:34:41 -- [INFO ] throw e; // process.nextTick error, or 'error' event on first tick\n");
            assertThat(values(b, Slot.APPLICATION)).isEmpty();
        }

        @Test
        void a_studio_diagnostic_gives_its_studio_but_not_the_latest_sdk_the_jre_or_the_installed_browsers() {
            // AC-1582, the reporter's comment with Titanium Studio's diagnostic
            EnvironmentBlock b = fromDescription("Diagnostic \r\n\r\nHost OS: Mac OS X\r\nOS Version: 10.9.2\r\nOS Arch: x86\r\n\r\n"
                    + "JRE Version: 1.6.0_65\r\nJRE Vendor: Apple Inc.\r\n\r\n"
                    + "Titanium Studio Version: 3.2.3.201404181442\r\nLanguage: en_US\r\n\r\n"
                    + "Latest Titanium SDK: 3.2.3.GA\r\n\r\n"
                    + "Browsers\r\n  - Default system web browser: Unknown (N/A)\r\n"
                    + "  - Firefox: 29.0.1 (/Applications/Firefox.app/Contents/MacOS/firefox-bin)\r\n"
                    + "  - Safari: 7.0.3 (/Applications/Safari.app/Contents/MacOS/Safari)\r\n");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("Titanium Studio Version: 3.2.3.201404181442");
        }

        @Test
        void the_java_that_runs_eclipse_and_a_devices_kernel_build_are_no_applications() {
            // AC-1786, Studio's restart log
            EnvironmentBlock log = fromDescription("!SESSION 2012-10-19 13:14:00.354 ------------------------\r\neclipse.buildId=\r\n"
                    + "java.version=1.6.0_35\r\njava.vendor=Apple Inc.\r\n");
            assertThat(values(log, Slot.APPLICATION)).isEmpty();
            // AC-2727, the reporter's "OS detail"
            EnvironmentBlock about = fromDescription("OS detail:\r\n\r\nDevice name: Samsung Galaxy S\r\nModel number: GT-I9000\r\n"
                    + "Android version: 2.3.7\r\nKernel Version: 2.6.35.12-gdf10700\r\nCPU: ARMv7 rev 2(v7)\r\n");
            assertThat(values(about, Slot.APPLICATION)).isEmpty();
            assertThat(values(about, Slot.OS)).containsExactly("Android version: 2.3.7");
        }

        @Test
        void the_reporters_answer_gives_the_version_of_a_product_the_opening_named_without_one() {
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("Outlook keeps asking for password")
                    .description("Since the update Outlook keeps asking for my password.")
                    .comment(SUPPORT, "Which Outlook version do you use? We run Outlook 2016 in the lab.")
                    .comment(REPORTER, "Outlook 2021. The web version works fine.").build());
            assertThat(values(b, Slot.APPLICATION)).containsExactly("Outlook 2021");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Office 365 Version 2311 (Build 17029.20068) crashes on attachments. | Office 365 Version 2311 (Build 17029.20068)",
            "It's Microsoft 365 Apps for enterprise, Version 2310 (Build 16924.20150). | Microsoft 365 Apps for enterprise, Version 2310 (Build 16924.20150)",
            "I run the AnyConnect client 4.10.07061 on my laptop. | AnyConnect client 4.10.07061",
            "The Citrix Workspace app 2309 crashes at logon. | Citrix Workspace app 2309",
            "Seit dem Update des GlobalProtect Clients auf 6.2.1 bricht die VPN-Verbindung ab. | GlobalProtect Clients auf 6.2.1",
            "SAP GUI 7.70 patch 11 freezes at login. | SAP GUI 7.70 patch 11",
            "Adobe Acrobat Reader DC 2023.008.20421 prints blank pages. | Adobe Acrobat Reader DC 2023.008.20421"})
        void an_office_application_keeps_its_version_and_build_or_patch_level(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.APPLICATION)).containsExactly(expected);
        }

        @Test
        void products_with_versions_from_a_reporters_setup_line() {
            // AC-1000, the reporter's own comment
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("").description("")
                    .comment(REPORTER, "1.Create a new classic project in Titanium. (In Titanium Studio 3.2.1, SDK 3.2.2. , "
                            + "CLI 3.2.1, IOS SDK 7.1 , Mavericks, Xcode 5.1)")
                    .build());
            assertThat(values(b, Slot.APPLICATION)).contains("Titanium Studio 3.2.1", "SDK 3.2.2", "CLI 3.2.1", "Xcode 5.1");
            assertThat(values(b, Slot.OS)).containsExactly("Mavericks");
        }

        @Test
        void a_version_standing_apart_from_its_product_is_taken_bare() {
            // AC-1618
            EnvironmentBlock b = fromDescription("I am using Titanium-CLI 3.2.1 and Titanium 3.2.2.GA and Node version is 0.10.25.");
            assertThat(values(b, Slot.APPLICATION)).contains("Titanium 3.2.2.GA", "0.10.25");
        }

        @Test
        void several_failing_versions_of_one_product_are_all_listed() {
            // AC-6369
            EnvironmentBlock b = fromDescription("the given callback is never fired on Ti SDK 8.1.0.GA and 8.1.1.GA. The same code");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("Ti SDK 8.1.0.GA", "8.1.1.GA");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // AC-3515
            "I use Bluebird Promise library in my Alloy app. App builds fine | Bluebird Promise library",
            // AC-5661
            "I'm using the Ti.InAppBilling module for Android in-app payments, | Ti.InAppBilling module",
            // AC-5847
            "Failed to install appcd@1.1.3; it may not support your current OS. | appcd@1.1.3",
            // AC-2744, the Titanium sample application
            "I am running KitchenSink on an iPad. | KitchenSink"})
        void named_modules_libraries_and_pinned_packages_are_applications(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.APPLICATION)).contains(expected);
        }

        @Test
        void a_bare_version_the_system_was_updated_to_is_no_application() {
            // github.com/D4vidDf/HyperBridge/issues/177
            EnvironmentBlock b = fromDescription("tengo la versión 0.4.2 de la aplicación\n\n### Steps to Reproduce\n\n"
                    + "Actualización del sistema a la versión 3.0.300\n");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("0.4.2");
        }

        @Test
        void a_module_named_only_by_a_determiner_is_not_an_application() {
            assertThat(values(fromDescription("I added the module to my project."), Slot.APPLICATION)).isEmpty();
        }

        @Test
        void the_capital_of_a_sentence_opener_does_not_make_a_modules_name() {
            // AC-5969
            EnvironmentBlock b = fromDescription("Since apm module isn't essential to my app, I deleted it from tiapp.xml.");
            assertThat(values(b, Slot.APPLICATION)).noneMatch(v -> v.startsWith("Since"));
        }

        @Test
        void items_listed_as_installed_or_available_in_a_report_are_not_in_use() {
            // AC-3676, "appc info"
            EnvironmentBlock b = fromDescription("iOS Simulators\r\n8.4\r\n  iPad 2 (ipad)\r\n"
                    + "    UDID                      = CF69015C-6751-4DC7-9968-D35C7537CE02\r\n\r\nAndroid Platforms\r\n"
                    + "  1) android-16\r\n    Name                      = Android 4.1.2 **Not supported by Titanium SDK 5.2.2.GA**\r\n"
                    + "    API Level                 = 16\r\n");
            assertThat(b.isEmpty()).isTrue();
        }

        @Test
        void a_report_value_loses_its_build_date_and_hash_but_build_settings_are_not_the_stack() {
            // AC-2801 and AC-20, build logs
            EnvironmentBlock b = fromDescription("[INFO] Titanium SDK version: 1.8.0.1 (12/22/11 13:09 fbdc96f)\r\n"
                    + "[INFO] iPhone SDK version: 5.0\r\nINFO   |   Minimum iOS version: 7.0\r\n");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("1.8.0.1");
        }

        @Test
        void a_platform_sdk_in_the_reporters_own_setup_list_is_an_application() {
            // AC-2491
            EnvironmentBlock b = fromDescription("Environment:\nApplication: Titanium (NOT alloy)\nTitanium SDK Version: 3.1.3\n"
                    + "OS: OSX 10.8.5\nAndroid SDK: 4.0 (API 14)");
            assertThat(values(b, Slot.APPLICATION)).anyMatch(v -> v.contains("4.0 (API 14)"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // AC-735
            "a. Titanium CLI v. 3.2.1 | Titanium CLI v. 3.2.1",
            // AC-5446
            "My nodejs is 8.9.3. Which nodejs should I use? | 8.9.3",
            // AC-106
            "Appcelerator Studio 4.0.0.xxxxx keeps crashing when running or debugging apps. | Appcelerator Studio 4.0.0.xxxxx"})
        void a_version_written_loosely_still_belongs_to_its_product(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.APPLICATION)).contains(expected);
        }

        @Test
        void a_count_after_is_is_not_a_version() {
            assertThat(values(fromDescription("The Studio is 2 years old."), Slot.APPLICATION)).noneMatch(v -> v.contains("2"));
        }

        @Test
        void a_studio_log_entry_names_the_studio_build() {
            // AC-2414
            EnvironmentBlock b = fromDescription("!ENTRY com.aptana.core 4 0 2013-08-20 10:12:51.040\r\n"
                    + "!MESSAGE (Build 3.1.2.201308091617) [ERROR]  Error cleaning the build before launching\r\n");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("Build 3.1.2.201308091617");
        }

        @Test
        void packages_in_debug_module_output_are_log_not_the_environment() {
            // AC-555
            EnvironmentBlock b = fromDescription("  appc:install exec: npm install ws@0.4.32 --production in dir "
                    + "C:\\Users\\dspells\\.appcelerator\\install\\5.1.0\\package\\node_modules\\arrow +26ms\r\n");
            assertThat(values(b, Slot.APPLICATION)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // AC-1196
            "the semantics of the library are one of the biggest obstacles to new user adoption of the Titanium platform.",
            // AC-114
            "Going back to Titanium Studio solves the issue.",
            // AC-799
            "sudo npm uninstall alloy -g"})
        void general_remarks_fixes_and_commands_name_no_application_in_use(String text) {
            assertThat(values(fromDescription(text), Slot.APPLICATION)).isEmpty();
        }

        @Test
        void a_fix_in_the_next_clause_does_not_discuss_the_failing_version() {
            // AC-6402
            EnvironmentBlock b = fromDescription("This issue happened with iOS 12 and Titanium SDK 8.2.0GA but It solved when using SDK 8.0.1");
            assertThat(values(b, Slot.APPLICATION)).contains("Titanium SDK 8.2.0GA");
        }

        @Test
        void the_item_marked_selected_in_a_listing_is_in_use() {
            // AC-1673, "titanium sdk list"
            EnvironmentBlock b = fromDescription("Installed SDKs:\r\n"
                    + "   3.1.3.GA [selected]  /Users/sindhyapeter/Library/Application Support/Titanium/mobilesdk/osx/3.1.3.GA\r\n");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("3.1.3.GA");
        }

        @Test
        void a_product_banner_in_pasted_output_counts() {
            // AC-5985
            EnvironmentBlock b = fromDescription("How to fix this while running android ? \r\n\r\n"
                    + "`Appcelerator Command-Line Interface, version 7.0.1\r\nCopyright (c) 2014-2018, Appcelerator, Inc.`");
            assertThat(values(b, Slot.APPLICATION)).contains("Appcelerator Command-Line Interface, version 7.0.1");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "This is fixed in 7.1.0.GA, please update. | 7.1.0",
            "It works in Titanium SDK 6.3.0.GA without problems. | 6.3.0",
            "We target 8.0.0 for the next release. | 8.0.0",
            "Please try SDK 7.0.1.GA instead. | 7.0.1",
            // AC-3676
            "AppC CLI requires appcelerator@4.2.3-2 or newer. | 4.2.3"})
        void versions_that_are_only_discussed_are_not_the_environment(String text, String version) {
            assertThat(values(fromDescription(text), Slot.APPLICATION)).noneMatch(v -> v.contains(version));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // AC-438
            "It works correctly in XCode 6.1, but does not work in XCode 7.0 | XCode 7.0",
            // AC-2069
            "Android: Appcelerator Cloud Services - Callback not working in SDK 3.0.0.GA | SDK 3.0.0.GA",
            // AC-1865
            "Android: Ti.App.addEventListener doesn't work inside a WebView under SDK 3.0 | SDK 3.0"})
        void a_version_where_something_does_not_work_is_the_environment(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.APPLICATION)).contains(expected).noneMatch(v -> v.contains("6.1"));
        }

        @Test
        void a_platform_label_before_a_sentence_is_not_a_report_line() {
            // AC-2144, summary
            EnvironmentBlock b = extractor.extract(Sources.ticket()
                    .summary("iOS: App crashes when closing windows inside tabs (navgroups) with SDK 3.0").description("").build());
            assertThat(values(b, Slot.APPLICATION)).containsExactly("SDK 3.0");
            assertThat(values(b, Slot.OS)).containsExactly("iOS");
        }

        @Test
        void support_test_setups_are_not_the_reporters_environment() {
            // AC-2179: support's own test devices
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("httpClient gives error on device")
                    .description("The title is pretty explanatory")
                    .comment(SUPPORT, "Unable to reproduce with SDK 2.1.3.v20120928203111 with Xcode 4.5/iOS 6.0 target on:\r\n"
                            + "iPhone 4s (5.0.1)\r\niPhone 4 (5.1.1)")
                    .build());
            assertThat(b.get(Slot.APPLICATION)).isEmpty();
            assertThat(b.get(Slot.DEVICE)).isEmpty();
        }

        @Test
        void another_user_who_reports_the_same_problem_is_an_affected_party() {
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("Build fails").description("It fails.")
                    .comment(SUPPORT, "I have the same issue on Android with Titanium SDK 3.1.3")
                    .build());
            assertThat(values(b, Slot.APPLICATION)).contains("Titanium SDK 3.1.3");
        }
    }

    @Nested
    class LastChange {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // ALOY-382
            "The reason I switched gears and went for the ID-driven solution was for the sake of uniformity and simplicity.",
            // AC-2774
            "Ok I changed my mind, this isn't a duplicate."})
        void a_figure_of_speech_on_a_change_verb_is_no_last_change(String text) {
            assertThat(values(fromDescription(text), Slot.LAST_CHANGE)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // AC-4708
            "So after updating the module its throwing runtime error. | after updating the module",
            // AC-6697
            "But after upgrading its throws exception while app executing. | after upgrading",
            // AC-2783
            "I updated the ticket please have a look at it | I updated the ticket",
            // AC-6020
            "I installed the 32-bit after you said it's needed for Appcelerator to work | I installed the 32-bit",
            // AC-525
            "When using the default titanium project and after installing Google play services in the path of the android sdk. "
                    + "The map does not load | after installing Google play services"})
        void a_change_clause_ends_before_the_next_clause_and_never_on_a_preposition(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.LAST_CHANGE)).containsExactly(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // AC-2416
            "Actual behavior: After switching to the 2nd tab, the width of the text field changes.",
            // AC-377
            "Switching to XML view and changing the id and saving the change to the XML updates both the Outline Panel",
            // AC-2871 (summary)
            "iPad Split View: Table View Row with allowsSelection = true Loses Selection After Orientation Change",
            // AC-2238
            "We changed tintColor to white so that Cancel button shows as white but we don't want the cursor to be white.",
            // AC-840
            "But when switching to Satellite view, iOS renders everything including annotation and routes."})
        void switching_or_changing_something_on_screen_or_in_the_test_code_is_a_step_not_a_last_change(String text) {
            assertThat(values(fromDescription(text), Slot.LAST_CHANGE)).isEmpty();
        }

        @Test
        void switching_to_another_sdk_version_is_still_a_last_change() {
            // AC-5875
            EnvironmentBlock b = fromDescription("I recently switched from Titanium SDK version 7.3.0 to 7.3.1. "
                    + "The iOS notification banner behavior changed.");
            assertThat(values(b, Slot.LAST_CHANGE)).containsExactly("I recently switched from Titanium SDK version 7.3.0 to 7.3.1");
        }

        @Test
        void a_reinstall_after_which_the_same_problem_persisted_is_no_last_change_even_without_an_apostrophe() {
            // AC-5487, the reporter's comment
            EnvironmentBlock b = fromDescription("I cant see it also in new projects.\r\nI reinstalled the SDK and it  didnt help.\r\n");
            assertThat(values(b, Slot.LAST_CHANGE)).isEmpty();
        }

        @Test
        void a_real_change_before_an_idiom_in_the_same_sentence_stays() {
            EnvironmentBlock b = fromDescription("After updating to 3.2.0.GA I changed my mind about the layout.");
            assertThat(values(b, Slot.LAST_CHANGE)).containsExactly("After updating to 3.2.0.GA");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // AC-1787
            "Android: After updating to 3.2.0.GA I cannot build any version of Android SDK | After updating to 3.2.0.GA",
            // AC-2348
            "Since the update to iOS 7 the interface doesn't fill out well | Since the update to iOS 7",
            // AC-3447
            "We have upgraded our SDK to 5.2.0 and build the App in Appcelerator | We have upgraded our SDK to 5.2.0",
            "Outlook crashes since KB5034441 was installed yesterday. | since KB5034441 was installed yesterday",
            "Since the KB5034441 update last Tuesday the laptop will not boot. | Since the KB5034441 update last Tuesday",
            "After the Windows 11 24H2 upgrade the printer is gone. | After the Windows 11 24H2 upgrade",
            "Since the update the app crashes on start. | Since the update",
            "Since the KB5034441 update Outlook keeps asking for my password. | Since the KB5034441 update",
            "When i try to upgrade my titanium sdk the build breaks. | i try to upgrade my titanium sdk",
            "Since IT pushed the new VPN profile this morning I cannot connect. | Since IT pushed the new VPN profile",
            "It started after we got a new docking station (WD19) yesterday. | after we got a new docking station",
            // AC-6549
            "I've run into this exact same issue since Appcelerator Dashboard 7.3.3 was released. | since Appcelerator Dashboard 7.3.3 was released",
            // AC-997
            "After modifying my TiAPP editor, and adding this to enable location services: | After modifying my TiAPP editor",
            // AC-5166
            "I used to have 2 organizations and needed to restart my computer and now I only have 1? | needed to restart my computer",
            "Outlook stürzt nach dem Update ab. | nach dem Update",
            "Outlook plante depuis la mise à jour de lundi. | depuis la mise à jour de lundi",
            "Outlook falla desde la actualización del martes. | desde la actualización del martes",
            "Since Monday's password change my Outlook keeps asking for credentials. | Since Monday's password change",
            "since my password change on Monday Outlook keeps asking for my credentials | since my password change on Monday",
            "seit dem Update des GlobalProtect Clients auf 6.2.1 gestern bricht die VPN-Verbindung ab. | seit dem Update des GlobalProtect Clients auf 6.2.1 gestern",
            "Seit dem Update auf iOS 14.2 funktioniert die App nicht mehr. | Seit dem Update auf iOS 14.2",
            // github.com/D4vidDf/HyperBridge/issues/177
            "Después de la actualización de 3.0.1 a 3.0.3 la aplicación dejó de funcionar | Después de la actualización de 3.0.1 a 3.0.3",
            "After the update from 3.0.1 to 3.0.3 or 3.0.4 nothing opens. | After the update from 3.0.1 to 3.0.3 or 3.0.4",
            // AC-2296
            "I said I upgraded to the last version, thats why: | I upgraded to the last version",
            // AC-3290
            "after that we have changed the key sets like i said, and we got the push messages | we have changed the key sets",
            "Note: I just created signed apk with the old key pair, and i have installed that signed apk , its subscribed | i have installed that signed apk"})
        void a_change_before_the_problem_is_the_shortest_clause_that_names_it(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.LAST_CHANGE)).containsExactly(expected);
        }

        @Test
        void a_change_only_intended_names_nothing_that_changed() {
            // AC-866
            EnvironmentBlock b = fromDescription("Ok Shuo, I will try today, when I update the system (fingers crossed...).");
            assertThat(values(b, Slot.LAST_CHANGE)).isEmpty();
        }

        @Test
        void one_change_told_twice_is_one_value_and_leaves_room_for_the_next() {
            // AC-2150
            EnvironmentBlock b = extractor.extract(Sources.ticket()
                    .summary("Unable to build iOS after updating to Studio 3.1.2")
                    .description("Just updated to Titanium Studio 3.1.2 and now my project will not build.")
                    .comment(REPORTER, "I cleaned and attempted to rebuild again to no avail. Next I downgraded to Node v0.8.22. "
                            + "Restarted the machine and checked the version of node, confirmed it was v08.22.")
                    .build());
            assertThat(values(b, Slot.LAST_CHANGE)).containsExactly("after updating to Studio 3.1.2", "I downgraded to Node v0.8.22");
        }

        @Test
        void the_change_that_fixed_the_problem_is_not_a_last_change() {
            assertThat(values(fromDescription("I updated to 3.2.1 and that fixed it."), Slot.LAST_CHANGE)).isEmpty();
        }

        @Test
        void a_change_after_which_the_same_problem_persisted_is_not_a_last_change() {
            assertThat(values(fromDescription("I reinstalled Studio, still the same error."), Slot.LAST_CHANGE)).isEmpty();
        }
    }

    @Nested
    class ErrorString {

        @Test
        void a_message_quoted_with_its_log_level_is_read_without_the_level() {
            // AC-1071, summary
            EnvironmentBlock b = fromDescription("When tried to install the Titanium SDK 2.13.GA , it shows \"[ERROR] No releases found!\" in the terminal.");
            assertThat(values(b, Slot.ERROR_STRING)).containsExactly("No releases found!");
        }

        @Test
        void a_logcat_message_is_read_without_its_thread_tag() {
            // AC-2594
            EnvironmentBlock b = fromDescription("{code}\nE/TiExceptionHandler(20724): (main) [55786,86040] ----- Titanium Javascript Runtime Error -----\n"
                    + "{code}");
            assertThat(values(b, Slot.ERROR_STRING)).containsExactly("Titanium Javascript Runtime Error");
        }

        @Test
        void a_crash_report_frame_with_its_library_name_padded_to_a_column_is_no_message() {
            // AC-1518, the backtrace of an uncaught exception in the build log
            EnvironmentBlock b = fromDescription(
                    "[ERROR] :  3   CoreFoundation                      0x04a43ce9 +[NSArray arrayWithObject:] + 73\n"
                    + "[ERROR] :  4   testDavid                           0x002b7036 -[TiUIListView tableView:commitEditingStyle:forRowAtIndexPath:] + 2166\n"
                    + "[ERROR] :  5   UIKit                               0x00904ba3 -[UITableView animateDeletionOfRowWithCell:] + 107\n"
                    + "[ERROR] :  6   UIKit                               0x00a84695 -[UITableViewCell _swipeDeleteButtonPushed] + 70\n"
                    // AC-1252: an app name with a blank
                    + "[ERROR] :  17  HIP Mobile                          0x000b0a28 main + 456\n"
                    // AC-4356: the first throw call stack, bare addresses
                    + "[ERROR] :  *** First throw call stack:\n"
                    + "[ERROR] :  (0x1813fedb0 0x180a63f80 0x181405c4c 0x181402a1c 0x181300c5c 0x1002707f4 0x1868161a8)\n");
            assertThat(values(b, Slot.ERROR_STRING)).isEmpty();
        }

        @Test
        void a_file_and_line_alone_is_no_message_even_right_after_an_intro() {
            // AC-1554
            EnvironmentBlock intro = fromDescription("I'm pasting the error message below, please see:\n\n"
                    + "/usr/local/lib/node_modules/titanium/node_modules/longjohn/dist/longjohn.js:185\n        throw e;\n              ^\n"
                    + "TypeError: Cannot read property 'length' of undefined\n");
            assertThat(values(intro, Slot.ERROR_STRING)).containsExactly("TypeError: Cannot read property 'length' of undefined");
            // ALOY-1176
            EnvironmentBlock log = fromDescription("[ERROR] :  (/usr/local/lib/node_modules/alloy/node_modules/uglify-js/lib/parse.js:197:11)\n"
                    + "[ERROR] :  (/usr/local/lib/node_modules/alloy/node_modules/uglify-js/lib/parse.js:664:9)\n"
                    + "[ERROR] :  Alloy compiler failed\n");
            assertThat(values(log, Slot.ERROR_STRING)).containsExactly("Alloy compiler failed");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "The printer shows Error 0x00000709 when I set it as default. | Error 0x00000709",
            "Blue screen with stop code 0x0000007E after boot. | code 0x0000007E"})
        void a_win32_or_stop_code_after_its_cue_is_an_error_code(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.ERROR_STRING)).containsExactly(expected);
        }

        @Test
        void a_bare_hexadecimal_value_without_a_cue_is_no_error() {
            assertThat(values(fromDescription("The register reads 0x00000709 after the write."), Slot.ERROR_STRING)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Error message|Something went wrong. Please try again later. (Code 5003)",
            "*Error*|Something went wrong. Please try again later. (Code 5003)",
            "Fehlermeldung|Ein unbekannter Fehler ist aufgetreten (Code 5003)",
            "Message d'erreur|Impossible de se connecter au serveur (code 5003)",
            "Mensaje de error|No se pudo conectar con el servidor (c\u00f3digo 5003)"})
        void the_line_under_an_error_heading_or_form_label_is_the_message(String label, String message) {
            // a portal form or e-mail template (a Jira heading "h3. Error message" reaches the extractor as its text):
            // the label on its own line, a blank line, then the message
            EnvironmentBlock b = fromDescription("Laptop: ThinkPad T14\n" + label + "\n\n" + message + "\n\nThanks");
            assertThat(values(b, Slot.ERROR_STRING)).contains(message);
        }

        @Test
        void a_heading_that_only_starts_with_error_is_no_label() {
            EnvironmentBlock b = fromDescription("h3. Error handling in the new release\nWe retry three times before giving up.");
            assertThat(values(b, Slot.ERROR_STRING)).isEmpty();
        }

        @Test
        void an_error_log_line_gives_its_message_without_the_log_prefix() {
            // AC-1028
            EnvironmentBlock b = fromDescription("[INFO] :   Project built successfully in 37s 888ms\r\n"
                    + "[ERROR] :  The remote procedure call failed.\r\n");
            assertThat(values(b, Slot.ERROR_STRING)).containsExactly("The remote procedure call failed.");
        }

        @Test
        void the_message_field_of_an_error_object_dumped_into_the_log_is_the_message() {
            // AC-6262
            EnvironmentBlock b = fromDescription("StackTrace: \r\n[ERROR] Script Error {\r\n[ERROR]     column = 31;\r\n"
                    + "[ERROR]     line = 83;\r\n[ERROR]     message = \"This is an Objective-C exception using for testing.\";\r\n");
            assertThat(values(b, Slot.ERROR_STRING)).containsExactly("This is an Objective-C exception using for testing.");
        }

        @Test
        void strings_in_object_properties_and_method_calls_are_code_not_messages() {
            // AC-4758
            EnvironmentBlock b = fromDescription("    var dialog = Ti.UI.createAlertDialog({\r\n        cancel: 1,\r\n"
                    + "        message: 'Click confirm and wait 3sec',\r\n        title: 'autoClose'\r\n    });\r\n"
                    + "            dialog.setMessage(\"closing...please wait 3sec\")\r\n");
            assertThat(values(b, Slot.ERROR_STRING)).isEmpty();
        }

        @Test
        void a_summary_that_starts_with_a_method_name_is_still_prose() {
            // AC-2974
            EnvironmentBlock b = extractor.extract(Sources.ticket()
                    .summary("Ti.App.fireEvent() form webView crash App in Android 2.3.3").description("").build());
            assertThat(values(b, Slot.OS)).containsExactly("Android 2.3.3");
        }

        @Test
        void an_info_log_after_an_error_intro_is_not_the_message() {
            // AC-3082
            EnvironmentBlock b = fromDescription("Error Below:\r\n\r\n{code}\r\n[INFO] Performing clean build\r\n"
                    + "[ERROR] clang: error: unable to execute command: posix_spawn failed: Resource temporarily unavailable\r\n{code}");
            assertThat(values(b, Slot.ERROR_STRING))
                    .containsExactly("clang: error: unable to execute command: posix_spawn failed: Resource temporarily unavailable");
        }

        @Test
        void a_debug_log_line_after_an_error_intro_is_the_message_when_it_reads_as_one() {
            // AC-940
            EnvironmentBlock b = fromDescription("But issue is : when module is firing event , Titanium App crashed with error : \r\n"
                    + "[DEBUG] Session did end with error (null)\r\n");
            assertThat(values(b, Slot.ERROR_STRING)).anyMatch(v -> v.endsWith("Session did end with error (null)"));
        }

        @Test
        void the_appcelerator_cli_log_gives_its_error_messages() {
            // AC-159
            EnvironmentBlock b = fromDescription("2015-11-26T10:24:56.681Z | TRACE  | titanium exited with exit code 1\r\n"
                    + "2015-11-26T10:24:56.682Z | ERROR  | Error: ti run exited with error code 1\r\n");
            assertThat(values(b, Slot.ERROR_STRING)).contains("Error: ti run exited with error code 1");
        }

        @Test
        void colour_markup_before_a_log_line_and_crash_frames_after_an_intro_are_not_messages() {
            // AC-3027
            EnvironmentBlock b = fromDescription("{color:red}[ERROR] The application has crashed with an unhandled exception. Stack trace:\r\n"
                    + "{color:white}0   CoreFoundation                      0x02e8c052 __exceptionPreprocess + 178\r\n"
                    + "1   libobjc.A.dylib                     0x02cacd0a objc_exception_throw + 44\r\n");
            assertThat(values(b, Slot.ERROR_STRING)).isEmpty();
        }

        @Test
        void a_failure_tally_is_not_a_message() {
            // AC-2150
            EnvironmentBlock b = fromDescription("[ERROR] :  ** BUILD FAILED **\n[ERROR] :  (1 failure)\n");
            assertThat(values(b, Slot.ERROR_STRING)).isEmpty();
        }

        @Test
        void a_log_line_that_introduces_the_next_lines_is_not_a_message() {
            // AC-6469
            EnvironmentBlock b = fromDescription("[TRACE] clang: error: linker command failed with exit code 1 (use -v to see invocation)\r\n"
                    + "[ERROR] ** BUILD FAILED **\r\n[ERROR] The following build commands failed:\r\n"
                    + "[ERROR]         Ld /Users/shige/dsk/repo/anireceF/build/iphone/build/Products/Debug-iphonesimulator/anirece");
            assertThat(values(b, Slot.ERROR_STRING)).noneMatch(v -> v.contains("following build commands"));
        }

        @Test
        void a_logged_ns_error_gives_its_domain_and_code_without_timestamp_or_pointer() {
            // AC-3082
            EnvironmentBlock b = fromDescription("[ERROR] 2011-12-19 23:09:25.165 xcodebuild[70507:3c13] error: "
                    + "Error Domain=NSPOSIXErrorDomain Code=2 UserInfo=0x2009edc20 \"Non-zero exit code 128 returned\"");
            assertThat(values(b, Slot.ERROR_STRING)).containsExactly("Error Domain=NSPOSIXErrorDomain Code=2");
        }

        @Test
        void a_logged_failure_ending_in_a_colon_is_still_a_message() {
            // AC-5985
            EnvironmentBlock b = fromDescription("[ERROR] :  Failed to run dexer:\r\n[ERROR] :  \r\n");
            assertThat(values(b, Slot.ERROR_STRING)).containsExactly("Failed to run dexer");
        }

        @Test
        void check_list_output_gives_neither_applications_nor_errors() {
            // AC-1618 and AC-3676, "ti setup check"
            EnvironmentBlock b = fromDescription("iOS Environment\r\n  \u2713  Xcode              installed (5.1.1)\r\n"
                    + "  \u2713  iOS SDK            installed (7.1)\r\n  !  ndk                Android NDK not found\r\n"
                    + "  !  Unable to locate an Android NDK.\r\n");
            assertThat(values(b, Slot.APPLICATION)).isEmpty();
            assertThat(values(b, Slot.ERROR_STRING)).isEmpty();
        }

        @Test
        void an_exception_class_with_its_message_is_one_value() {
            // AC-1618
            EnvironmentBlock b = fromDescription("================== { [TypeError: Bad argument] cached_trace: [");
            assertThat(values(b, Slot.ERROR_STRING)).anyMatch(v -> v.startsWith("TypeError: Bad argument"));
        }

        @Test
        void a_node_error_code_is_an_error_string() {
            // AC-555
            EnvironmentBlock b = fromDescription("npm ERR! node v0.12.9\r\nnpm ERR! npm  v3.5.2\r\nnpm ERR! code EBADPLATFORM\r\n");
            assertThat(values(b, Slot.ERROR_STRING)).contains("EBADPLATFORM");
        }

        @Test
        void a_quoted_message_after_an_error_cue_is_taken_without_quotes() {
            // AC-1056
            EnvironmentBlock b = fromDescription("the screen displays the phrase \"Titanium SDK could not be found To "
                    + "download the latest, go to Help> Check for Updates Titanium.\" I can not continue.");
            assertThat(values(b, Slot.ERROR_STRING)).containsExactly(
                    "Titanium SDK could not be found To download the latest, go to Help> Check for Updates Titanium.");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // AC-1057
            "same problem. the same error appears when do \"check for updates\" in the help menu",
            "so if I understand what you are saying I need to uninstall \"appcelerator studio\" somehow.",
            // AC-2296
            "I know the log file out says \"android\" issue, but it's happening when building for iOS.",
            // AC-5969
            "Fazlul (on Appcelerator chat) says it works fine on his iOS 12 iPhone 5s. The app crashes on my iPhone 6.",
            "When I click the module in Studio, it says it will use the latest. The build crashes.",
            // AC-739
            "onerror : function (e) { Ti.API.error (\"ERROR \" + e.error); }, the request fails"})
        void a_quote_after_a_new_clause_or_a_single_plain_word_is_no_message(String text) {
            assertThat(values(fromDescription(text), Slot.ERROR_STRING)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "The error I get is \"Unable to connect to the license server\" every time. | Unable to connect to the license server",
            "The dialog says You do not have permission to open this file. | You do not have permission to open this file",
            "npm stops and the message says \"ENOTFOUND\" each time. | ENOTFOUND"})
        void a_message_the_user_sees_is_taken_even_after_a_pronoun(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.ERROR_STRING)).containsExactly(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "The server answers HTTP 500 on every call | HTTP 500",
            "Setup ends with 0x80070005 and rolls back | 0x80070005",
            "The event log shows Event ID 1000 for outlook.exe | Event ID 1000",
            "Die Fehlermeldung: Zugriff verweigert | Zugriff verweigert",
            // github.com/corona-warn-app/cwa-app-ios/issues/818
            "Seit Installation kommt die Fehlermeldung: \"Risikoermittlung nicht möglich\" | Risikoermittlung nicht möglich",
            // AC-4245
            "[ERROR] Error: Failed to install dependencies.\" | Error: Failed to install dependencies.",
            "Le message d'erreur : Accès refusé | Accès refusé",
            "El mensaje de error: Acceso denegado | Acceso denegado"})
        void codes_and_messages_introduced_by_a_cue_are_error_strings(String text, String expected) {
            assertThat(values(fromDescription(text), Slot.ERROR_STRING)).contains(expected);
        }

        @Test
        void a_line_that_is_itself_a_failure_message_is_an_error_string() {
            // AC-885
            EnvironmentBlock b = fromDescription("Failed to install alloy. Please see the Studio log for more information.\n");
            assertThat(values(b, Slot.ERROR_STRING)).containsExactly(
                    "Failed to install alloy. Please see the Studio log for more information.");
        }

        @Test
        void a_path_after_the_message_is_cut_off() {
            EnvironmentBlock b = fromDescription("Error: EPERM, operation not permitted 'C:\\Program Files\\Windows NT\\x'");
            assertThat(values(b, Slot.ERROR_STRING)).containsExactly("EPERM, operation not permitted");
        }

        @Test
        void stack_frames_are_not_error_strings() {
            EnvironmentBlock b = fromDescription("\tat android.app.ActivityThread.performLaunchActivity(ActivityThread.java:2176)\r\n"
                    + "\tat android.app.ActivityThread.handleLaunchActivity(ActivityThread.java:2226)");
            assertThat(b.get(Slot.ERROR_STRING)).isEmpty();
        }
    }

    @Nested
    class EnvironmentField {

        @Test
        void a_filled_environment_field_wins_for_platform_slots_with_high_confidence() {
            // AC-20: field "CLI 0.1.94 / SDK 3.5.0.GA"; the description mentions another version in passing
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("appc run fails")
                    .description("I am using Titanium SDK 3.4.1.GA on iOS 8.1")
                    .environment("CLI 0.1.94\r\nSDK 3.5.0.GA\r\n\r\n(see log in description)")
                    .build());
            assertThat(values(b, Slot.APPLICATION)).containsExactly("CLI 0.1.94", "SDK 3.5.0.GA");
            assertThat(b.get(Slot.APPLICATION)).allSatisfy(e -> {
                assertThat(e.source().kind()).isEqualTo(SourceRef.Kind.ENVIRONMENT_FIELD);
                assertThat(e.confidence()).isGreaterThanOrEqualTo(0.85);
            });
            // The field says nothing about the OS, so the thread still fills it.
            assertThat(values(b, Slot.OS)).containsExactly("iOS 8.1");
        }

        @Test
        void a_blank_environment_field_is_ignored() {
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("").description("Studio 5.1.0 crashes")
                    .environment("  \r\n ").build());
            assertThat(b.get(Slot.APPLICATION)).singleElement()
                    .satisfies(e -> assertThat(e.source().kind()).isEqualTo(SourceRef.Kind.DESCRIPTION));
        }

        @Test
        void versions_in_the_field_count_even_where_prose_would_discard_them() {
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("").description("")
                    .environment("Works in Titanium SDK 6.3.0.GA, fails in 7.0.1.GA").build());
            assertThat(values(b, Slot.APPLICATION)).contains("Titanium SDK 6.3.0.GA");
        }

        @Test
        void a_platform_os_version_or_a_linux_version_in_the_field_is_the_os_not_an_application() {
            // AC-2534 and ALOY-688 (tidev/jira-archive, Apache-2.0), environment fields, shortened
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("").description("")
                    .environment("Titanium SDK Version 2.1.1.v20120712160111\r\nPlatform OS: Android\r\n"
                            + "Platform OS Version: 2.3.3 (GB), 4.0.4 (ICS)\r\nHost Operating System: Windows 7").build());
            assertThat(values(b, Slot.OS)).contains("2.3.3 (GB)", "Windows 7", "Android");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("Titanium SDK Version 2.1.1.v20120712160111");

            EnvironmentBlock linux = extractor.extract(Sources.ticket().summary("").description("")
                    .environment("Linux version : 3.5.0-23-generic\r\nSDK: 3.1.1.v20130603173057").build());
            assertThat(values(linux, Slot.OS)).containsExactly("Linux version : 3.5.0");
            assertThat(values(linux, Slot.APPLICATION)).containsExactly("SDK: 3.1.1.v20130603173057");
        }
    }

    /** Request forms and pasted reports: GitHub issue forms, Jira and HTML tables, user agents. */
    @Nested
    class Forms {

        @Test
        void a_template_box_left_unticked_states_nothing_but_a_ticked_one_does() {
            // github.com/corona-warn-app/cwa-app-android/issues/1147 (issue template checklist)
            EnvironmentBlock b = fromDescription("Device: Samsung Galaxy A40\nAndroid 10\n"
                    + "* [ ] Bug is specific for Android only, for general issues / questions that apply to iOS and Android "
                    + "please raise them in the documentation repository\n");
            assertThat(values(b, Slot.OS)).containsExactly("Android 10");

            EnvironmentBlock ticked = fromDescription("### Platform\n- [x] iOS 17.2\n- [ ] Android\n");
            assertThat(values(ticked, Slot.OS)).containsExactly("iOS 17.2");
        }

        @Test
        void a_value_under_a_form_heading_belongs_to_that_heading() {
            // github.com/D4vidDf/HyperBridge/issues/177 and fast4x/RiMusic/issues/5214 (issue forms)
            EnvironmentBlock b = fromDescription("### Device Model\n\nPOCO X7 PRO\n\n### OS Version\n\nHyperOS 3.0.300.0\n\n"
                    + "### Version of RiMusic\n\n0.6.66\n\n### Tell us how you trigger this bug\n\nSolo intento abrir la app");
            assertThat(values(b, Slot.DEVICE)).containsExactly("POCO X7 PRO");
            assertThat(values(b, Slot.OS)).containsExactly("HyperOS 3.0.300.0");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("0.6.66");
        }

        @Test
        void a_major_version_under_a_heading_that_names_the_os_is_read_from_the_heading_name_through_the_value() {
            // fast4x/RiMusic issue form (multilingual ES-4): "### Android version", a blank line, "11"
            String text = "### Version of RiMusic\n\n0.6.66\n\n### Android version\n\n11\n\n### I've done these:\n\n"
                    + "- [X] Uninstall old build before installing a new one\n";
            EnvironmentBlock b = fromDescription(text);
            assertThat(values(b, Slot.OS)).containsExactly("Android version\n\n11");
            Evidence os = b.get(Slot.OS).get(0);
            assertThat(text.substring(os.source().start(), os.source().end())).isEqualTo(os.value());
            assertThat(values(b, Slot.APPLICATION)).containsExactly("0.6.66");
        }

        @Test
        void a_heading_whose_name_is_followed_by_markup_does_not_join_its_value() {
            // the name alone cannot be spanned without the bold marks, so the bare version is left out
            assertThat(values(fromDescription("**iOS Version:**\n12.2\n"), Slot.OS)).isEmpty();
        }

        @Test
        void a_label_on_its_own_line_takes_the_next_line_with_text_as_its_value() {
            // "h3. Hostname" after normalisation, which drops the heading mark
            EnvironmentBlock b = fromDescription("Hostname\n\nLAPTOP-4711\n\nApp version\n\n2.4.1");
            assertThat(values(b, Slot.DEVICE)).containsExactly("LAPTOP-4711");
            assertThat(values(b, Slot.APPLICATION)).containsExactly("2.4.1");
        }

        @Test
        void a_command_and_its_output_or_an_indented_listing_item_are_not_label_and_value() {
            // AC-2296: "node -v" then its output; AC-5604: the Xcode versions of "appc info"
            EnvironmentBlock b = fromDescription("I said I upgraded to the last version, thats why:\nnode -v\nv0.10.13\n\n"
                    + "Xcode\n  9.2 (build 9C40b) - Xcode default");
            assertThat(values(b, Slot.APPLICATION)).doesNotContain("v0.10.13", "9.2 (build 9C40b) - Xcode default");
        }

        @Test
        void a_table_row_gives_its_second_cell_for_device_and_os_but_not_a_product_matrix() {
            // "|Device|LAPTOP-4711|" after normalisation
            EnvironmentBlock b = fromDescription("Field | Value\nDevice | LAPTOP-4711\nOS | Windows 10 Enterprise 22H2 | checked\n"
                    + "Titanium Studio | 3.3.0.201406171608");
            assertThat(values(b, Slot.DEVICE)).containsExactly("LAPTOP-4711");
            assertThat(values(b, Slot.OS)).containsExactly("Windows 10 Enterprise 22H2");
            assertThat(values(b, Slot.APPLICATION)).noneMatch(v -> v.contains("3.3.0"));
        }

        @Test
        void a_device_report_table_gives_the_model_and_no_sdk_as_application() {
            // github.com/MarcusWolschon/osmeditor4android/issues/2556 (Vespucci's device report)
            // as the normaliser renders its rows
            EnvironmentBlock b = fromDescription("Device info:\nApp version | 20.0.0.0\nAndroid SDK version | 22\nDevice model | SM-J111M");
            assertThat(values(b, Slot.DEVICE)).containsExactly("SM-J111M");
            assertThat(values(b, Slot.APPLICATION)).doesNotContain("Android SDK");
        }

        @Test
        void a_user_agent_names_the_app_or_the_browser_and_its_platform() {
            // github.com/tchapgouv/tchap-android/issues/915
            EnvironmentBlock app = fromDescription("User-Agent: \"Tchap/2.8.0 (realme RMX3241; Android 13; RMX3241_11_F.05)\"");
            assertThat(values(app, Slot.APPLICATION)).containsExactly("Tchap/2.8.0");
            assertThat(values(app, Slot.DEVICE)).containsExactly("realme RMX3241");
            assertThat(values(app, Slot.OS)).containsExactly("Android 13");

            EnvironmentBlock browser = fromDescription("User agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                    + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91");
            assertThat(values(browser, Slot.APPLICATION)).containsExactly("Edg/120.0.2210.91");
            assertThat(values(browser, Slot.OS)).containsExactly("Windows NT 10.0");
        }

        @Test
        void a_version_range_in_the_opening_leaves_room_for_the_reporters_exact_version() {
            EnvironmentBlock range = extractor.extract(Sources.ticket().summary("Login fails on Android 5.0 and up").description("")
                    .comment(REPORTER, "My phone runs Android 8.1").build());
            assertThat(values(range, Slot.OS)).containsExactly("Android 5.0", "Android 8.1");

            EnvironmentBlock exact = extractor.extract(Sources.ticket().summary("Login fails on Android 5.0").description("")
                    .comment(REPORTER, "It also fails on Android 8.1").build());
            assertThat(values(exact, Slot.OS)).containsExactly("Android 5.0");
        }

        @Test
        void the_asset_tag_beside_a_labelled_model_is_kept_too() {
            EnvironmentBlock b = fromDescription("Gerät: HP EliteBook 840 G8 (Inventarnummer WS-0871)");
            assertThat(values(b, Slot.DEVICE)).containsExactly("HP EliteBook 840 G8", "WS-0871");
        }

        @Test
        void a_business_model_line_is_a_device_without_its_maker() {
            EnvironmentBlock b = fromDescription("Gerät: Latitude 5440\nBetriebssystem: Windows 11");
            assertThat(values(b, Slot.DEVICE)).containsExactly("Latitude 5440");
        }
    }

    @Nested
    class Invariants {

        private List<SourceText> realTicket() {
            // AC-1000 and AC-1028 mixed: prose, a setup line, a log and a quoted error
            return Sources.ticket()
                    .summary(" \" Unable to securely connect to XXXXXXXXXXX  with the latest TLS.\" The application does not run in simulator.")
                    .description("When tried to run titanium code base using SDK 3.2.2 and IOS SDK 7.1 getting the eerror "
                            + "\" Unable to securely connect to XXXXXXXXXXX  with the latest TLS. Trying again with TLS1.0.\"\r\n"
                            + "{code}\r\n[INFO] :   Finished building the application in 37s 876ms\r\n"
                            + "[ERROR] :  The remote procedure call failed.\r\n{code}\r\n")
                    .comment(REPORTER, "(In Titanium Studio 3.2.1, SDK 3.2.2. , CLI 3.2.1, IOS SDK 7.1 , Mavericks, Xcode 5.1)\r\n"
                            + "After updating to 3.2.0.GA on my iPhone 6s the build fails with java.lang.NullPointerException")
                    .comment(SUPPORT, "Current latest stable version is 3.5.1.GA")
                    .build();
        }

        @Test
        void every_value_is_the_exact_span_of_its_source_text() {
            List<SourceText> sources = realTicket();
            EnvironmentBlock b = extractor.extract(sources);
            assertThat(b.isEmpty()).isFalse();
            for (Slot slot : Slot.values()) {
                for (Evidence e : b.get(slot)) {
                    SourceText origin = sources.stream()
                            .filter(s -> s.ref().kind() == e.source().kind()
                                    && java.util.Objects.equals(s.ref().commentId(), e.source().commentId()))
                            .findFirst().orElseThrow();
                    assertThat(origin.text().substring(e.source().start(), e.source().end())).isEqualTo(e.value());
                    assertThat(e.value()).isEqualTo(e.value().strip());
                    assertThat(e.confidence()).isBetween(0.0, 1.0);
                }
            }
        }

        @Test
        void nothing_is_found_in_a_ticket_without_environment_facts() {
            // AC-1110, all slots empty in the gold labels
            EnvironmentBlock b = fromDescription("If I have a scrollview ( horizontal layout, no wrap )\r\nI then add a view "
                    + "with a width of 1px ( it doesn't work with 0 ) and then animate it");
            assertThat(b.isEmpty()).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // AC-4180 (spam)
            "1-818-850-7806 How To Set Up Roku | roku customer support phone number,, roku error code 009,, how to use a roku",
            // AC-3055 (test ticket)
            "Test Ticket for Titanium Studio | Steps to Reproduce",
            // AC-2066
            "Please delete this (was not a bug) | Moving from TC to AC project on Titanium Studio 3.1.0."})
        void spam_and_placeholder_tickets_have_an_empty_block(String summary, String description) {
            assertThat(extractor.extract(Sources.ticket().summary(summary).description(description).build()).isEmpty()).isTrue();
        }

        @Test
        void a_summary_with_versions_is_not_mistaken_for_a_phone_number() {
            EnvironmentBlock b = extractor.extract(Sources.ticket().summary("Build fails with Titanium SDK 3.2.0.201302191606")
                    .description("").build());
            assertThat(values(b, Slot.APPLICATION)).containsExactly("Titanium SDK 3.2.0.201302191606");
        }

        @Test
        void empty_input_gives_an_empty_block() {
            assertThat(extractor.extract(List.of()).isEmpty()).isTrue();
            assertThat(extractor.extract(null).isEmpty()).isTrue();
        }

        @Test
        void concurrent_extractions_give_the_same_block() throws Exception {
            List<SourceText> sources = realTicket();
            EnvironmentBlock expected = extractor.extract(sources);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                Callable<EnvironmentBlock> task = () -> extractor.extract(sources);
                List<Future<EnvironmentBlock>> futures = pool.invokeAll(java.util.Collections.nCopies(16, task));
                for (Future<EnvironmentBlock> f : futures) {
                    assertThat(f.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Speed {

        @ParameterizedTest
        @CsvSource({"a", "a.", "a-", "0.", "1.2.", "iOS ", "Error: ", "\"error \"", "Titanium SDK ", "after updating ", "E/x( 1): "})
        void a_one_megabyte_adversarial_line_finishes_in_time(String unit) {
            String line = unit.repeat(1_000_000 / unit.length() + 1);
            List<SourceText> sources = Sources.ticket().summary("").description(line).build();
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> extractor.extract(sources));
        }
    }
}
