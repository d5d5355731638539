-- Search: every provision's words in each language, every option's, every
-- statement and every private note, folded (entente_fold, which the store
-- registers on each connection: case, diacritics, Arabic marks and alef
-- forms, ideographs apart) and indexed by SQLite's FTS5.
--
-- search_entry says what each indexed row is; its id is the row's rowid in
-- search_words. Triggers keep both in step with the tables they index, so
-- every way of writing (typing, importing, templates, bundles) keeps the
-- index current in the same transaction. Neither table travels in bundles:
-- each machine indexes what it holds, private notes included.

CREATE TABLE search_entry (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    source_id    INTEGER NOT NULL,
    language     TEXT NOT NULL,
    provision_id INTEGER NOT NULL,
    UNIQUE (source, source_id, language)
);

CREATE VIRTUAL TABLE search_words USING fts5 (words, tokenize = 'unicode61 remove_diacritics 0');

CREATE TRIGGER search_text_added AFTER INSERT ON provision_text BEGIN
    INSERT INTO search_entry (source, source_id, language, provision_id)
        VALUES ('text', NEW.provision_id, NEW.language, NEW.provision_id);
    INSERT INTO search_words (rowid, words) VALUES (last_insert_rowid(), entente_fold(NEW.heading || char(10) || NEW.body));
END;
CREATE TRIGGER search_text_changed AFTER UPDATE OF heading, body ON provision_text BEGIN
    UPDATE search_words SET words = entente_fold(NEW.heading || char(10) || NEW.body)
        WHERE rowid = (SELECT id FROM search_entry WHERE source = 'text' AND source_id = NEW.provision_id AND language = NEW.language);
END;
CREATE TRIGGER search_text_removed AFTER DELETE ON provision_text BEGIN
    DELETE FROM search_words WHERE rowid = (SELECT id FROM search_entry WHERE source = 'text' AND source_id = OLD.provision_id AND language = OLD.language);
    DELETE FROM search_entry WHERE source = 'text' AND source_id = OLD.provision_id AND language = OLD.language;
END;

CREATE TRIGGER search_option_added AFTER INSERT ON option_text BEGIN
    INSERT INTO search_entry (source, source_id, language, provision_id)
        VALUES ('option', NEW.option_id, NEW.language, (SELECT provision_id FROM provision_option WHERE id = NEW.option_id));
    INSERT INTO search_words (rowid, words) VALUES (last_insert_rowid(), entente_fold(NEW.body));
END;
CREATE TRIGGER search_option_changed AFTER UPDATE OF body ON option_text BEGIN
    UPDATE search_words SET words = entente_fold(NEW.body)
        WHERE rowid = (SELECT id FROM search_entry WHERE source = 'option' AND source_id = NEW.option_id AND language = NEW.language);
END;
CREATE TRIGGER search_option_removed AFTER DELETE ON option_text BEGIN
    DELETE FROM search_words WHERE rowid = (SELECT id FROM search_entry WHERE source = 'option' AND source_id = OLD.option_id AND language = OLD.language);
    DELETE FROM search_entry WHERE source = 'option' AND source_id = OLD.option_id AND language = OLD.language;
END;

CREATE TRIGGER search_statement_added AFTER INSERT ON statement BEGIN
    INSERT INTO search_entry (source, source_id, language, provision_id)
        VALUES ('statement', NEW.id, '', NEW.provision_id);
    INSERT INTO search_words (rowid, words) VALUES (last_insert_rowid(), entente_fold(NEW.text));
END;
CREATE TRIGGER search_statement_changed AFTER UPDATE OF text ON statement BEGIN
    UPDATE search_words SET words = entente_fold(NEW.text)
        WHERE rowid = (SELECT id FROM search_entry WHERE source = 'statement' AND source_id = NEW.id);
END;
CREATE TRIGGER search_statement_removed AFTER DELETE ON statement BEGIN
    DELETE FROM search_words WHERE rowid = (SELECT id FROM search_entry WHERE source = 'statement' AND source_id = OLD.id);
    DELETE FROM search_entry WHERE source = 'statement' AND source_id = OLD.id;
END;

CREATE TRIGGER search_note_added AFTER INSERT ON private_note BEGIN
    INSERT INTO search_entry (source, source_id, language, provision_id)
        VALUES ('note', NEW.id, '', NEW.provision_id);
    INSERT INTO search_words (rowid, words) VALUES (last_insert_rowid(), entente_fold(NEW.text));
END;
CREATE TRIGGER search_note_changed AFTER UPDATE OF text ON private_note BEGIN
    UPDATE search_words SET words = entente_fold(NEW.text)
        WHERE rowid = (SELECT id FROM search_entry WHERE source = 'note' AND source_id = NEW.id);
END;
CREATE TRIGGER search_note_removed AFTER DELETE ON private_note BEGIN
    DELETE FROM search_words WHERE rowid = (SELECT id FROM search_entry WHERE source = 'note' AND source_id = OLD.id);
    DELETE FROM search_entry WHERE source = 'note' AND source_id = OLD.id;
END;

-- What was written before this migration.
INSERT INTO search_entry (source, source_id, language, provision_id)
    SELECT 'text', provision_id, language, provision_id FROM provision_text;
INSERT INTO search_entry (source, source_id, language, provision_id)
    SELECT 'option', t.option_id, t.language, o.provision_id
    FROM option_text t JOIN provision_option o ON o.id = t.option_id;
INSERT INTO search_entry (source, source_id, language, provision_id)
    SELECT 'statement', id, '', provision_id FROM statement;
INSERT INTO search_entry (source, source_id, language, provision_id)
    SELECT 'note', id, '', provision_id FROM private_note;
INSERT INTO search_words (rowid, words)
    SELECT e.id, entente_fold(t.heading || char(10) || t.body) FROM search_entry e
    JOIN provision_text t ON t.provision_id = e.source_id AND t.language = e.language
    WHERE e.source = 'text';
INSERT INTO search_words (rowid, words)
    SELECT e.id, entente_fold(t.body) FROM search_entry e
    JOIN option_text t ON t.option_id = e.source_id AND t.language = e.language
    WHERE e.source = 'option';
INSERT INTO search_words (rowid, words)
    SELECT e.id, entente_fold(s.text) FROM search_entry e
    JOIN statement s ON s.id = e.source_id WHERE e.source = 'statement';
INSERT INTO search_words (rowid, words)
    SELECT e.id, entente_fold(n.text) FROM search_entry e
    JOIN private_note n ON n.id = e.source_id WHERE e.source = 'note';
