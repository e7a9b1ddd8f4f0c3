package io.typedclient.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated results file: an optional {@code # key=value ...} line, a header line, rows. */
final class Tsv {
  final Map<String, String> meta = new HashMap<>();
  final List<Map<String, String>> rows = new ArrayList<>();

  static Tsv read(Path file) {
    Tsv tsv = new Tsv();
    if (!Files.isRegularFile(file)) {
      return tsv;
    }
    try {
      String[] header = null;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          for (String part : line.substring(1).trim().split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
              tsv.meta.put(part.substring(0, eq), part.substring(eq + 1));
            }
          }
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length && i < cells.length; i++) {
          row.put(header[i], cells[i]);
        }
        tsv.rows.add(row);
      }
      return tsv;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file without a header line (server-cost.tsv), with the given column names. */
  static Tsv read(Path file, String... columns) {
    Tsv tsv = new Tsv();
    if (!Files.isRegularFile(file)) {
      return tsv;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < columns.length && i < cells.length; i++) {
          row.put(columns[i], cells[i]);
        }
        tsv.rows.add(row);
      }
      return tsv;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
