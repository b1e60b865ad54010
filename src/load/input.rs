//! Turning what the user typed (paths, directories, codes) into file contents,
//! refusing what is not a readable UTF-8 file of reasonable size.

use super::yaml::MAX_INPUT_BYTES;
use crate::diag::{Code, Diagnostic, Diagnostics, MessageArg};
use crate::msg;
use crate::project::{self, Data, DataFile, Origin};
use std::fs;
use std::path::{Path, PathBuf};

/// One jurisdiction source named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory of `.yaml` files.
    Path(PathBuf),
    /// A bundled jurisdiction by its ISO code (e.g. `KW`).
    Code(String),
    /// Contents already in memory (e.g. a file as of a git commit), under a
    /// name for diagnostics.
    Text { name: String, text: String },
}

impl Input {
    /// A word that names no existing path and looks like a jurisdiction code
    /// is a code; anything else is a path.
    pub fn parse(arg: &str) -> Input {
        let looks_like_code = (2..=12).contains(&arg.len())
            && arg.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !Path::new(arg).exists();
        if looks_like_code {
            Input::Code(arg.to_owned())
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

#[derive(Debug)]
pub struct InputFile {
    pub name: String,
    pub path: Option<PathBuf>,
    /// `None` when the file could not be used (the diagnostic is recorded).
    pub text: Option<String>,
}

pub fn resolve_inputs(inputs: &[Input], diags: &mut Diagnostics) -> Vec<InputFile> {
    if inputs.is_empty() {
        return data_files(Data::National, diags);
    }
    let mut out = Vec::new();
    for input in inputs {
        match input {
            Input::Code(code) => {
                match project::file(Data::National, &format!("{}.yaml", code.to_lowercase())) {
                    Some(f) => out.push(data_file(&f, diags)),
                    None => {
                        let codes: Vec<String> = project::files(Data::National)
                            .iter()
                            .filter_map(|f| {
                                f.rel
                                    .rsplit('/')
                                    .next()?
                                    .strip_suffix(".yaml")
                                    .map(str::to_uppercase)
                            })
                            .collect();
                        let help = crate::diag::did_you_mean(
                            &code.to_uppercase(),
                            codes.iter().map(String::as_str),
                        )
                        .or_else(|| Some(msg!("diag-bundled-codes", codes = codes.clone())));
                        diags.push(
                            Diagnostic::error(
                                Code::FileUnreadable,
                                msg!("diag-not-file-or-code", code = code),
                            )
                            .help(help),
                        );
                    }
                }
            }
            Input::Path(p) if p.is_dir() => {
                let mut files: Vec<PathBuf> = match fs::read_dir(p) {
                    Ok(rd) => rd
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|f| f.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                        .collect(),
                    Err(e) => {
                        diags.push(Diagnostic::error(
                            Code::FileUnreadable,
                            msg!(
                                "diag-cannot-read-dir",
                                path = p.display().to_string(),
                                reason = io_reason(&e)
                            ),
                        ));
                        continue;
                    }
                };
                files.sort();
                if files.is_empty() {
                    diags.push(Diagnostic::error(
                        Code::NoInput,
                        msg!("diag-no-yaml", path = p.display().to_string()),
                    ));
                }
                out.extend(files.iter().map(|f| read_file(f, diags)));
            }
            Input::Path(p) => out.push(read_file(p, diags)),
            // A text read by lexgap itself (`history` reads old versions
            // from git) is held to the limit of a file.
            Input::Text { name, text } if text.len() > MAX_INPUT_BYTES => {
                diags.push(Diagnostic::error(
                    Code::FileTooLarge,
                    msg!(
                        "diag-too-large",
                        path = name.as_str(),
                        size = text.len(),
                        limit = MAX_INPUT_BYTES
                    ),
                ));
                out.push(InputFile {
                    name: name.clone(),
                    path: None,
                    text: None,
                });
            }
            Input::Text { name, text } => out.push(InputFile {
                name: name.clone(),
                path: None,
                text: Some(text.clone()),
            }),
        }
    }
    out
}

/// The bundled files that may hold versions of the jurisdiction `code`:
/// `<code>.yaml` and `<code>-<anything>.yaml` (e.g. `ae.yaml`, `ae-2006.yaml`).
pub fn bundled_versions(code: &str) -> Vec<Input> {
    let code = code.to_lowercase();
    project::files(Data::National)
        .iter()
        .filter_map(|f| f.rel.rsplit('/').next()?.strip_suffix(".yaml"))
        .filter(|stem| {
            *stem == code
                || stem
                    .strip_prefix(&code)
                    .is_some_and(|rest| rest.starts_with('-'))
        })
        .map(|stem| Input::Code(stem.to_owned()))
        .collect()
}

/// Every file of `data`, read by the rule of [`project`]: from the
/// checkout, or the embedded copies.
pub fn data_files(data: Data, diags: &mut Diagnostics) -> Vec<InputFile> {
    project::files(data)
        .iter()
        .map(|f| data_file(f, diags))
        .collect()
}

pub fn data_file(f: &DataFile, diags: &mut Diagnostics) -> InputFile {
    match &f.origin {
        Origin::Disk(path) => read_file(path, diags),
        Origin::Bundled(text) => InputFile {
            name: f.name(),
            path: None,
            text: Some((*text).to_owned()),
        },
    }
}

/// Files and directories only (no bundled codes), for scenario files.
pub fn resolve_files(inputs: &[Input], diags: &mut Diagnostics) -> Vec<InputFile> {
    let paths: Vec<Input> = inputs
        .iter()
        .map(|i| match i {
            Input::Code(c) => Input::Path(PathBuf::from(c)),
            other => other.clone(),
        })
        .collect();
    resolve_inputs(&paths, diags)
}

pub fn read_file(path: &Path, diags: &mut Diagnostics) -> InputFile {
    let name = path.display().to_string();
    let mut file = InputFile {
        name: name.clone(),
        path: Some(path.to_path_buf()),
        text: None,
    };
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            diags.push(Diagnostic::error(
                Code::FileUnreadable,
                msg!("diag-cannot-read", path = &name, reason = io_reason(&e)),
            ));
            return file;
        }
    };
    if !meta.is_file() {
        diags.push(Diagnostic::error(
            Code::NotAFile,
            msg!("diag-not-regular", path = &name),
        ));
        return file;
    }
    if meta.len() > MAX_INPUT_BYTES as u64 {
        diags.push(Diagnostic::error(
            Code::FileTooLarge,
            msg!(
                "diag-too-large",
                path = &name,
                size = meta.len(),
                limit = MAX_INPUT_BYTES
            ),
        ));
        return file;
    }
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(Diagnostic::error(
                Code::FileUnreadable,
                msg!("diag-cannot-read", path = &name, reason = io_reason(&e)),
            ));
            return file;
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => file.text = Some(s),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let message = if e.as_bytes().contains(&0) {
                msg!("diag-binary", path = &name, offset = at)
            } else {
                msg!("diag-not-utf8", path = &name, offset = at)
            };
            diags.push(Diagnostic::error(Code::NotUtf8, message));
        }
    }
    file
}

/// Why a file cannot be read: in words for the common cases, else the
/// system's own message (in English).
fn io_reason(e: &std::io::Error) -> MessageArg {
    match e.kind() {
        std::io::ErrorKind::NotFound => msg!("diag-io-not-found").into(),
        std::io::ErrorKind::PermissionDenied => msg!("diag-io-permission").into(),
        _ => e.to_string().into(),
    }
}
