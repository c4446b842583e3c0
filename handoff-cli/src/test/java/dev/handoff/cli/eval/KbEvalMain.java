package dev.handoff.cli.eval;

import java.util.Arrays;

/** Runs {@code eval kb} from the test class path (developer convenience, not a test). */
public final class KbEvalMain {
    public static void main(String[] args) {
        System.exit(KbEval.run(Arrays.asList(args), System.in, System.out, System.err));
    }
}
