package dev.comptoir.kit.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class FaultMapperTest {

    @Test
    void aDatabaseOutOfReachIsToldFromOtherSqlFailures() {
        assertTrue(
                FaultMapper.unreachableDatabase(new ResourceException("IJ000453: Unable to get managed connection")));
        assertTrue(FaultMapper.unreachableDatabase(new SQLNonTransientConnectionException("exclusive mode", "90135")));
        assertTrue(FaultMapper.unreachableDatabase(new SQLException("I/O error", "08006")));
        assertTrue(FaultMapper.unreachableDatabase(new SQLException("terminating connection", "57P01")));

        assertFalse(FaultMapper.unreachableDatabase(new SQLException("column not found", "42S22")));
        assertFalse(FaultMapper.unreachableDatabase(new SQLException("no state")));
        assertFalse(FaultMapper.unreachableDatabase(new SQLException("canceling statement", "57014")));
        assertFalse(FaultMapper.unreachableDatabase(new IllegalStateException("08006")));
    }
}
