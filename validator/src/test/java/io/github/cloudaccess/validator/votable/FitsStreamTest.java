package io.github.cloudaccess.validator.votable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.Validator;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.validator.report.Code;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import uk.ac.starlink.table.ArrayColumn;
import uk.ac.starlink.table.ColumnStarTable;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOTableWriter;

/** Inline FITS streams are decoded by STIL through the bridge. */
class FitsStreamTest {

  @Test
  void fitsRowsReachTheCloudChecks() throws IOException {
    ColumnStarTable t = ColumnStarTable.makeTableWithRows(3);
    t.addColumn(ArrayColumn.makeColumn("cloud_access", new String[] {
        "{\"aws\": [{\"bucket_name\": \"nasa-irsa-example\", \"key\": \"a.fits\","
            + " \"region\": \"us-east-1\", \"access\": \"open\"}]}", "{broken", ""}));
    t.addColumn(ArrayColumn.makeColumn("n", new int[] {1, 2, 3}));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new VOTableWriter(DataFormat.FITS, true).writeStarTable(t, out);
    CollectingReporter r = new CollectingReporter();
    InputSummary s = new Validator(ValidatorOptions.defaults())
        .validate(PathInput.bytes(out.toByteArray()), r);
    assertThat(s.serialization()).isEqualTo("FITS");
    assertThat(s.rows()).isEqualTo(3);
    assertThat(s.rowsWithCloudAccess()).isEqualTo(2);
    assertThat(r.withCode(Code.E_CLD_JSON)).singleElement()
        .satisfies(f -> assertThat(f.position().row()).isEqualTo(2));
    assertThat(r.tokens()).contains("I-VOT-SERZ");
  }
}
