package dev.handoff.cli.eval;

import java.util.Arrays;
import java.util.List;

/** Runs {@code eval kb|similar|suggest} from the test class path (developer convenience, not a test). */
public final class EvalMain {
    public static void main(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        int rc = switch (args[0]) {
            case "kb" -> KbEval.run(rest, System.in, System.out, System.err);
            case "similar" -> SimilarEval.run(rest, System.in, System.out, System.err);
            case "suggest" -> SuggestEval.run(rest, System.in, System.out, System.err);
            default -> 2;
        };
        System.exit(rc);
    }
}
