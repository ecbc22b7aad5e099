package dev.isms.check.report;

import dev.isms.check.CheckReport;
import java.io.PrintWriter;

/** Writes a check report in one format. */
public interface Reporter {
  void write(CheckReport report, PrintWriter out);
}
