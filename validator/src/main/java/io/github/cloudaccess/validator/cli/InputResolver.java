package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.Input;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the command's arguments into inputs, in order: a file as itself, a directory as its
 * {@code *.xml}, {@code *.vot} and {@code *.votable} files (recursively, sorted by relative path so
 * runs are deterministic), {@code -} as standard input, and a service URL as a
 * {@link ServiceInput}, validated live by the runner.
 *
 * <p>A file that does not exist or cannot be read still becomes an input: opening it fails, and the
 * runner reports that as an F finding, so one bad path does not hide the others' results.
 */
public final class InputResolver {

  private static final Pattern URL = Pattern.compile("(?i)^https?://.*");
  private static final List<String> EXTENSIONS = List.of(".xml", ".vot", ".votable");

  private final Path workingDir;
  private final InputStream stdin;
  private final List<StdinInput> spools = new ArrayList<>();

  /**
   * @param workingDir relative paths are resolved against it
   * @param stdin standard input, read only when {@code -} is given
   */
  public InputResolver(Path workingDir, InputStream stdin) {
    this.workingDir = workingDir;
    this.stdin = stdin;
  }

  /**
   * @param args the arguments as given
   * @return the inputs in argument order, directories expanded
   * @throws UsageException for a malformed URL, {@code -} twice, or a directory without responses
   */
  public List<Input> resolve(List<String> args) {
    List<Input> inputs = new ArrayList<>();
    boolean stdinSeen = false;
    for (String arg : args) {
      if (arg.equals("-")) {
        if (stdinSeen) {
          throw new UsageException("standard input (-) given more than once");
        }
        stdinSeen = true;
        inputs.add(spoolStdin());
      } else if (URL.matcher(arg).matches()) {
        inputs.add(ServiceInput.of(arg));
      } else {
        Path path = workingDir.resolve(arg);
        if (Files.isDirectory(path)) {
          inputs.addAll(directory(arg, path));
        } else {
          inputs.add(new FileInput(arg, path));
        }
      }
    }
    return inputs;
  }

  /** @return the spooled standard input files, to close (delete) after the run */
  public List<StdinInput> spools() {
    return List.copyOf(spools);
  }

  private Input spoolStdin() {
    try {
      StdinInput in = StdinInput.spool(stdin);
      spools.add(in);
      return in;
    } catch (IOException e) {
      return new UnreadableInput("-", e);
    }
  }

  private List<Input> directory(String arg, Path dir) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(InputResolver::isResponse)
          .map(dir::relativize)
          .sorted((a, b) -> slashed(a).compareTo(slashed(b)))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      return List.of(new UnreadableInput(arg, cause));
    }
    if (files.isEmpty()) {
      throw new UsageException("directory " + arg + " holds no *.xml, *.vot or *.votable file");
    }
    String prefix = arg.endsWith("/") ? arg : arg + "/";
    return files.stream().<Input>map(rel -> new FileInput(prefix + slashed(rel), dir.resolve(rel))).toList();
  }

  private static boolean isResponse(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static String slashed(Path rel) {
    return rel.toString().replace('\\', '/');
  }
}
