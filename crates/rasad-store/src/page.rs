//! Page tokens: opaque to clients, checked by the store.
//!
//! Layout before base64url: `version u8 | request hash u64 | offset u64 | key bytes |
//! check u32`. The request hash is blake3 of the request with its paging fields cleared,
//! so a token replayed against another query, filter or sort is refused; the check (blake3
//! of everything before it) catches truncation and typos. It is an integrity tag, not a
//! secret: a client that forges a token only gets a page it could have asked for.

use crate::error::{Result, StoreError};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Serialize;

const VERSION: u8 = 1;
const MAX_TOKEN_CHARS: usize = 1024;
const MAX_KEY_BYTES: usize = 600;

/// Where the next page starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    /// Hits already returned (offset paging).
    pub offset: u64,
    /// Last key returned (key paging: entity listings).
    pub key: String,
}

/// blake3 of `kind` and the request as JSON (call it with paging fields cleared).
#[must_use]
pub fn request_hash<T: Serialize>(kind: &str, request: &T) -> u64 {
    let mut h = blake3::Hasher::new();
    h.update(kind.as_bytes());
    h.update(&[0]);
    h.update(&serde_json::to_vec(request).unwrap_or_default());
    let mut b = [0u8; 8];
    b.copy_from_slice(&h.finalize().as_bytes()[..8]);
    u64::from_le_bytes(b)
}

/// The token for `cursor` under `request_hash`.
#[must_use]
pub fn encode(request_hash: u64, cursor: &Cursor) -> String {
    // Cut on a char boundary: a key cut inside a character would make the token undecodable.
    let mut cut = MAX_KEY_BYTES.min(cursor.key.len());
    while !cursor.key.is_char_boundary(cut) {
        cut -= 1;
    }
    let key = cursor.key.get(..cut).unwrap_or_default().as_bytes();
    let mut b = Vec::with_capacity(21 + key.len());
    b.push(VERSION);
    b.extend_from_slice(&request_hash.to_le_bytes());
    b.extend_from_slice(&cursor.offset.to_le_bytes());
    b.extend_from_slice(key);
    let check = check_of(&b);
    b.extend_from_slice(&check);
    URL_SAFE_NO_PAD.encode(b)
}

/// The cursor of `token`, if it is well formed and was made for `request_hash`.
///
/// # Errors
/// `InvalidArgument { field: "page_token" }`.
pub fn decode(token: &str, request_hash: u64) -> Result<Cursor> {
    let bad = |m: &str| StoreError::invalid("page_token", m);
    if token.len() > MAX_TOKEN_CHARS {
        return Err(bad("too long"));
    }
    let b = URL_SAFE_NO_PAD.decode(token.trim()).map_err(|_| bad("not a page token"))?;
    if b.len() < 21 {
        return Err(bad("not a page token"));
    }
    let (body, check) = b.split_at(b.len() - 4);
    if check != check_of(body) {
        return Err(bad("damaged page token"));
    }
    if body[0] != VERSION {
        return Err(bad("page token from another version"));
    }
    let hash = u64::from_le_bytes(body[1..9].try_into().map_err(|_| bad("not a page token"))?);
    if hash != request_hash {
        return Err(bad("page token belongs to another request"));
    }
    let offset = u64::from_le_bytes(body[9..17].try_into().map_err(|_| bad("not a page token"))?);
    let key = String::from_utf8(body[17..].to_vec()).map_err(|_| bad("damaged page token"))?;
    Ok(Cursor { offset, key })
}

fn check_of(b: &[u8]) -> [u8; 4] {
    let h = blake3::hash(b);
    let mut c = [0u8; 4];
    c.copy_from_slice(&h.as_bytes()[..4]);
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_round_trips() {
        let c = Cursor { offset: 40, key: "person/nazarbayev".to_owned() };
        assert_eq!(decode(&encode(7, &c), 7).unwrap(), c);
    }

    #[test]
    fn token_of_another_request_is_refused() {
        let t = encode(7, &Cursor { offset: 10, key: String::new() });
        assert!(matches!(decode(&t, 8), Err(StoreError::InvalidArgument { field: "page_token", .. })));
    }

    #[test]
    fn long_key_is_cut_on_a_char_boundary() {
        // 599 ASCII bytes then a 2-byte letter: a byte cut at 600 splits the letter.
        let c = Cursor { offset: 3, key: format!("{}ب", "a".repeat(MAX_KEY_BYTES - 1)) };
        let back = decode(&encode(7, &c), 7).unwrap();
        assert_eq!(back.key, "a".repeat(MAX_KEY_BYTES - 1));
        assert_eq!(back.offset, 3);
    }

    #[test]
    fn garbage_tokens_are_refused() {
        let good = encode(7, &Cursor { offset: 10, key: String::new() });
        let mut flipped = good.clone().into_bytes();
        flipped[5] = if flipped[5] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).unwrap();
        for t in ["", "!!!", "AAAA", "title:*", &"A".repeat(5000), &flipped] {
            assert!(
                matches!(decode(t, 7), Err(StoreError::InvalidArgument { field: "page_token", .. })),
                "{t:.20} accepted"
            );
        }
    }
}
