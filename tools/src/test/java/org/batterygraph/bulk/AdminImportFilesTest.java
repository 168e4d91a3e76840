package org.batterygraph.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files for neo4j-admin: typed headers from the model, the rows unchanged, one argument per file. */
class AdminImportFilesTest {

    @TempDir
    Path in;

    @TempDir
    Path out;

    @Test
    void headersGetTheModelsTypesAndRowsAreCopiedUnchanged() throws IOException {
        var facilityRow = "facility:a,\"Plant, Inc\",CAM,1.5,2020-01-02,source:x|source:y\n";
        Files.writeString(in.resolve("nodes-Facility.csv"), "id,name,type,capacity,announced,sources\n" + facilityRow);
        Files.writeString(in.resolve("rels-MEMBER_OF.csv"), "from,to,role,sources\norg:a,consortium:b,Founder,source:x\n");
        Files.writeString(in.resolve("rejected.csv"), "not an import file\n");

        var arguments = AdminImportFiles.rewrite(in, out);

        assertThat(arguments).containsExactly(
                "--nodes=Entity:Facility=" + out.resolve("nodes-Facility.csv"),
                "--relationships=MEMBER_OF=" + out.resolve("rels-MEMBER_OF.csv"));
        assertThat(Files.readString(out.resolve("nodes-Facility.csv"))).isEqualTo(
                "id:ID,name,type,capacity:double,announced:date,sources:string[]\n" + facilityRow);
        assertThat(Files.readString(out.resolve("rels-MEMBER_OF.csv"))).isEqualTo(
                ":START_ID,:END_ID,role,sources:string[]\norg:a,consortium:b,Founder,source:x\n");
        assertThat(out.resolve("rejected.csv")).doesNotExist();
    }

    @Test
    void aColumnTheModelDoesNotKnowIsRefusedWithTheFileAndColumn() throws IOException {
        Files.writeString(in.resolve("nodes-Organization.csv"), "id,name,shoeSize\norg:a,A,42\n");

        assertThatThrownBy(() -> AdminImportFiles.rewrite(in, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nodes-Organization.csv: unknown column shoeSize");
    }

    @Test
    void aLabelOutsideTheModelIsRefused() throws IOException {
        Files.writeString(in.resolve("nodes-Spaceship.csv"), "id,name\nship:a,A\n");

        assertThatThrownBy(() -> AdminImportFiles.rewrite(in, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no node label Spaceship in the model");
    }
}
