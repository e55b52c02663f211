package app.bettertalk.mysql;

import app.bettertalk.mysql.atrest.DataKeys;
import app.bettertalk.mysql.atrest.MasterKeys;
import app.bettertalk.mysql.atrest.SealedText;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Migration 20.1: seals the text stored before encryption at rest, with the same scopes and rows the repositories
 * use, so after it no table holds a message, a note, a safety plan or a report in the clear. The master keys are
 * asked for only when there is text to seal.
 */
final class SealTextBackfill implements JavaMigration {
    private static final int BATCH = 500;

    /** A text column to seal in a table whose rows have an {@code id}: the column holding its scope's id. */
    private record Column(String table, String column, String scopeColumn, Function<UUID, String> scope) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("chat_messages", "message_text", "chat_id", SealedText::chat),
            new Column("moderation_cases", "subject_copy", "id", SealedText::moderationCase),
            new Column("moderation_cases", "decision_note", "id", SealedText::moderationCase),
            new Column("moderation_reports", "details", "case_id", SealedText::moderationCase));
    private static final List<String> SAFETY_PLAN_SECTIONS = List.of("warning_signs", "coping_steps",
            "people_to_call", "reasons_for_living", "safe_surroundings");

    private final Supplier<MasterKeys> masterKeys;
    private final Clock clock;

    SealTextBackfill(Supplier<MasterKeys> masterKeys, Clock clock) {
        this.masterKeys = masterKeys;
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("20.1");
    }

    @Override
    public String getDescription() {
        return "seal stored text";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        SealedText sealed = null;
        for (var column : COLUMNS) {
            sealed = sealById(connection, column, sealed);
        }
        sealed = sealNotes(connection, sealed);
        for (var section : SAFETY_PLAN_SECTIONS) {
            sealed = sealSafetyPlans(connection, section, sealed);
        }
    }

    private SealedText sealById(Connection connection, Column column, SealedText sealed) throws SQLException {
        try (var select = connection.prepareStatement("SELECT " + column.scopeColumn() + " AS scope_id, id AS row_id, "
                + column.column() + " AS text FROM " + column.table()
                + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " NOT LIKE 'bt1:%'");
             var update = connection.prepareStatement("UPDATE " + column.table() + " SET " + column.column()
                     + " = ? WHERE id = ?");
             var rows = select.executeQuery()) {
            var pending = 0;
            while (rows.next()) {
                sealed = sealed != null ? sealed : sealer(connection);
                var rowId = Columns.uuid(rows, "row_id");
                update.setString(1, sealed.seal(column.scope().apply(Columns.uuid(rows, "scope_id")),
                        SealedText.row(column.table() + "." + column.column(), rowId), rows.getString("text")));
                update.setBytes(2, Columns.id(rowId));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
        return sealed;
    }

    private SealedText sealNotes(Connection connection, SealedText sealed) throws SQLException {
        try (var select = connection.prepareStatement(
                "SELECT chat_id, version, notes_text FROM session_notes WHERE notes_text NOT LIKE 'bt1:%'");
             var update = connection.prepareStatement(
                     "UPDATE session_notes SET notes_text = ? WHERE chat_id = ? AND version = ?");
             var rows = select.executeQuery()) {
            while (rows.next()) {
                sealed = sealed != null ? sealed : sealer(connection);
                var chat = Columns.uuid(rows, "chat_id");
                var version = rows.getInt("version");
                update.setString(1, sealed.seal(SealedText.chat(chat),
                        SealedText.row("session_notes.notes_text", chat, version), rows.getString("notes_text")));
                update.setBytes(2, Columns.id(chat));
                update.setInt(3, version);
                update.addBatch();
            }
            update.executeBatch();
        }
        return sealed;
    }

    private SealedText sealSafetyPlans(Connection connection, String section, SealedText sealed)
            throws SQLException {
        try (var select = connection.prepareStatement("SELECT user_id, " + section + " AS text FROM safety_plans"
                + " WHERE " + section + " NOT LIKE 'bt1:%'");
             var update = connection.prepareStatement(
                     "UPDATE safety_plans SET " + section + " = ? WHERE user_id = ?");
             var rows = select.executeQuery()) {
            while (rows.next()) {
                sealed = sealed != null ? sealed : sealer(connection);
                var owner = Columns.uuid(rows, "user_id");
                update.setString(1, sealed.seal(SealedText.person(owner),
                        SealedText.row("safety_plans." + section, owner), rows.getString("text")));
                update.setBytes(2, Columns.id(owner));
                update.addBatch();
            }
            update.executeBatch();
        }
        return sealed;
    }

    /**
     * Seals through Flyway's own connection, so the data keys made here commit or roll back with the sealed text;
     * the keys are remembered only by this migration's {@link DataKeys}, which ends with it.
     */
    private SealedText sealer(Connection connection) {
        var jdbi = Jdbi.create(connection);
        // Flyway, not these handles, ends the transaction.
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return new SealedText(new DataKeys(jdbi, masterKeys.get(), clock));
    }
}
