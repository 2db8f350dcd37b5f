/**
 * Shown when the server refuses a request for want of a token (reads made
 * private with `parallax serve --private-reads`, or writes with PARALLAX_TOKEN
 * set): the user pastes the token once; it is kept in this browser and the
 * page loads again with it.
 */
import { useState } from 'preact/hooks';
import { saveToken, storedToken } from '../token.js';

export function TokenForm() {
  const [value, setValue] = useState('');
  const had = storedToken() !== null;
  return (
    <form
      class="error-box token-form"
      aria-label="Access token"
      onSubmit={(e) => {
        e.preventDefault();
        saveToken(value.trim() || null);
        location.reload();
      }}
    >
      <div role="alert">
        <strong>{had ? 'The server refused the saved access token' : 'This server needs an access token'}</strong>
        <p>Paste the token the server was started with (PARALLAX_TOKEN). It is kept in this browser only and sent with every request.</p>
      </div>
      <p class="token-row">
        <input type="password" name="token" autocomplete="off" aria-label="Access token" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        <button type="submit" class="primary">
          Use this token
        </button>
        {had && (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              saveToken(null);
              location.reload();
            }}
          >
            Forget the saved token
          </button>
        )}
      </p>
    </form>
  );
}
