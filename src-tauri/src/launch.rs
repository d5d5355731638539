//! How the app is launched: its command line, and one window per data
//! directory.
//!
//! `entente-app [--data-dir DIR] [FILE…]`: the files are what the system's
//! "open with" hands over (a bundle double-clicked, a packet from a USB key).
//! The first launch on a data directory holds a lock on `entente-app.lock`
//! there and listens on the socket `entente-app.socket` beside it; a later
//! launch on the same directory finds the lock held, hands its files to the
//! first through the socket and ends, so they open in the window already
//! there rather than in a second window on the same database.

use std::ffi::OsString;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

/// What the command line asked for.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Arguments {
    /// `--data-dir DIR` (or `--data-dir=DIR`), as the CLI takes it.
    pub data_dir: Option<PathBuf>,
    /// Files to open, made absolute: a later launch hands them to a window
    /// that runs in another directory.
    pub files: Vec<PathBuf>,
}

impl Arguments {
    pub fn from_env() -> Arguments {
        let here = std::env::current_dir().unwrap_or_default();
        Arguments::parse(std::env::args_os().skip(1), &here)
    }

    fn parse(args: impl IntoIterator<Item = OsString>, here: &Path) -> Arguments {
        let mut parsed = Arguments::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg == "--data-dir" {
                parsed.data_dir = args.next().map(PathBuf::from);
            } else if let Some(dir) = arg.to_str().and_then(|a| a.strip_prefix("--data-dir=")) {
                parsed.data_dir = Some(PathBuf::from(dir));
            } else if arg.is_empty() || arg.to_str().is_some_and(|a| a.starts_with("--")) {
                // An option of a newer version, or the empty argument some
                // launchers add (WebKit's WebDriver does): not a file.
            } else {
                parsed.files.push(here.join(arg));
            }
        }
        parsed
    }
}

/// This launch's place among the app's windows on one data directory.
pub enum Launch {
    /// No window is open on the directory: this launch opens it.
    First(Claim),
    /// A window is open on the directory and has this launch's files.
    Handed,
}

/// The directory held by this launch: its lock and, where the system has
/// them, the socket later launches reach it by.
pub struct Claim {
    lock: File,
    #[cfg(unix)]
    listener: Option<std::os::unix::net::UnixListener>,
}

/// Held for as long as the app runs: the lock that makes it the one window
/// on its data directory.
pub struct DirectoryLock {
    _held: File,
}

const LOCK_FILE: &str = "entente-app.lock";
#[cfg(unix)]
const SOCKET_FILE: &str = "entente-app.socket";
/// The most a launch hands over: paths, never the files themselves.
#[cfg(unix)]
const MAX_MESSAGE_BYTES: u64 = 1024 * 1024;

/// Claims `data_dir` for this launch, or hands `files` to the window already
/// open on it. An error (a directory that cannot be written) leaves the
/// launch to open its window, which then says what is wrong.
pub fn claim(data_dir: &Path, files: &[PathBuf]) -> io::Result<Launch> {
    std::fs::create_dir_all(data_dir)?;
    let lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join(LOCK_FILE))?;
    match lock.try_lock() {
        Ok(()) => Ok(Launch::First(Claim {
            #[cfg(unix)]
            listener: listen(data_dir),
            lock,
        })),
        Err(std::fs::TryLockError::WouldBlock) => hand_over(data_dir, files),
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

/// The socket later launches reach this one by. Left by a launch that
/// crashed, it is replaced; where it cannot be made (a path longer than a
/// socket's address allows), later launches open their own window.
#[cfg(unix)]
fn listen(data_dir: &Path) -> Option<std::os::unix::net::UnixListener> {
    let path = data_dir.join(SOCKET_FILE);
    let _ = std::fs::remove_file(&path);
    std::os::unix::net::UnixListener::bind(path).ok()
}

/// Sends `files` to the window open on `data_dir` and waits for its word
/// that it has them. The first launch binds its socket just after taking
/// the lock: a launch right behind it tries again for a moment.
#[cfg(unix)]
fn hand_over(data_dir: &Path, files: &[PathBuf]) -> io::Result<Launch> {
    use std::io::{Read, Write};
    use std::os::unix::net::UnixStream;
    use std::time::{Duration, Instant};

    let socket = data_dir.join(SOCKET_FILE);
    let deadline = Instant::now() + Duration::from_secs(3);
    let mut stream = loop {
        match UnixStream::connect(&socket) {
            Ok(stream) => break stream,
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(e),
        }
    };
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let message = serde_json::to_vec(files).map_err(io::Error::other)?;
    stream.write_all(&message)?;
    stream.shutdown(std::net::Shutdown::Write)?;
    let mut received = [0u8; 1];
    stream.read_exact(&mut received)?;
    Ok(Launch::Handed)
}

/// Without Unix sockets the lock still tells that a window is open, but the
/// files cannot reach it: this launch opens a window of its own.
#[cfg(not(unix))]
fn hand_over(_data_dir: &Path, _files: &[PathBuf]) -> io::Result<Launch> {
    Err(io::Error::other(
        "no way to reach the window already open here",
    ))
}

impl Claim {
    /// Calls `opened` with the files of every later launch on the directory,
    /// for as long as the app runs.
    pub fn serve(self, opened: impl Fn(Vec<PathBuf>) + Send + 'static) -> DirectoryLock {
        #[cfg(unix)]
        if let Some(listener) = self.listener {
            std::thread::spawn(move || {
                for stream in listener.incoming().flatten() {
                    if let Some(files) = receive(stream) {
                        opened(files);
                    }
                }
            });
        }
        #[cfg(not(unix))]
        let _ = opened;
        DirectoryLock { _held: self.lock }
    }
}

/// One later launch's files, acknowledged once read. Anything that is not
/// a list of paths is ignored: no launch of this app sends it.
#[cfg(unix)]
fn receive(mut stream: std::os::unix::net::UnixStream) -> Option<Vec<PathBuf>> {
    use std::io::{Read, Write};
    // A launch that connects and then says nothing does not hold up the next.
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .ok()?;
    let mut message = Vec::new();
    (&mut stream)
        .take(MAX_MESSAGE_BYTES)
        .read_to_end(&mut message)
        .ok()?;
    let files = serde_json::from_slice(&message).ok()?;
    let _ = stream.write_all(b"1");
    Some(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Arguments {
        Arguments::parse(args.iter().map(OsString::from), Path::new("/home/delegate"))
    }

    #[test]
    fn files_are_what_is_not_an_option_made_absolute() {
        assert_eq!(
            parse(&[
                "--data-dir",
                "/srv/entente",
                "Kenya.positions",
                "/media/key/AI.entente"
            ]),
            Arguments {
                data_dir: Some("/srv/entente".into()),
                files: vec![
                    "/home/delegate/Kenya.positions".into(),
                    "/media/key/AI.entente".into()
                ],
            }
        );
        assert_eq!(
            parse(&["--data-dir=d", "--unknown", ""]),
            Arguments {
                data_dir: Some("d".into()),
                files: vec![],
            }
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_second_launch_hands_its_files_to_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let Launch::First(first) = claim(dir.path(), &[]).unwrap() else {
            panic!("the directory is free")
        };
        let (sent, received) = std::sync::mpsc::channel();
        let _lock = first.serve(move |files| sent.send(files).unwrap());
        let files = vec![PathBuf::from("/media/key/AI-HEALTH.entente")];
        assert!(matches!(claim(dir.path(), &files).unwrap(), Launch::Handed));
        assert_eq!(received.recv().unwrap(), files);
        // And again: the first keeps listening.
        assert!(matches!(claim(dir.path(), &[]).unwrap(), Launch::Handed));
        assert_eq!(received.recv().unwrap(), Vec::<PathBuf>::new());
    }
}
