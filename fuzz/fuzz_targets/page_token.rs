//! Fuzz target: page-token decoding (`rasad-store` `page::decode`, via `fuzzing`). Page
//! tokens come straight from clients, so a forged or damaged one must be refused with
//! `InvalidArgument { field: "page_token" }`, never a panic.
//! Input: 8 bytes of request hash, then the token text (lossy UTF-8).
//! Checks, beyond "no panic": an accepted token re-encodes to a token that decodes to the
//! same cursor; the same bytes read as a cursor (offset + key) round-trip through
//! `encode`/`decode` (keys over the 600-byte cap come back as a prefix on a char boundary).
//! Run: `scripts/fuzz 60 page_token`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rasad_store::StoreError;
use rasad_store::fuzzing::{Cursor, decode_page_token, encode_page_token};

fuzz_target!(|data: &[u8]| {
    let mut h = [0u8; 8];
    let n = data.len().min(8);
    h[..n].copy_from_slice(&data[..n]);
    let hash = u64::from_le_bytes(h);
    let rest = data.get(8..).unwrap_or_default();
    let token = String::from_utf8_lossy(rest);

    match decode_page_token(&token, hash) {
        Ok(cursor) => {
            let again = encode_page_token(hash, &cursor);
            assert_eq!(decode_page_token(&again, hash).ok(), Some(cursor), "re-encoded token differs");
        }
        Err(StoreError::InvalidArgument { field: "page_token", .. }) => {}
        Err(e) => panic!("wrong error for a bad token: {e:?}"),
    }

    // The same bytes as a cursor: an offset and a key.
    let cursor = Cursor { offset: hash.rotate_left(17), key: token.into_owned() };
    let t = encode_page_token(hash, &cursor);
    let back = match decode_page_token(&t, hash) {
        Ok(c) => c,
        Err(e) => panic!("own token refused ({} key bytes): {e}", cursor.key.len()),
    };
    assert_eq!(back.offset, cursor.offset);
    assert!(cursor.key.starts_with(&back.key), "key is not a prefix");
    if cursor.key.len() <= 600 {
        assert_eq!(back.key, cursor.key);
    }
    if hash != 0 {
        assert!(decode_page_token(&t, hash ^ 1).is_err(), "token accepted for another request");
    }
});
