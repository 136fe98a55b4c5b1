// Package admission decides, before the relayer does any chain work for a request, whether anyone sponsors it and
// whether that sponsor is within its limits. A deployment configures where sponsorship comes from:
//
//   - app keys: the apps that front patients send X-Bevan-App-Key (from their servers); each key carries its own
//     requests per minute, gas per day and budget per day, and the relayer keeps only the keys' SHA-256 hashes;
//   - an allowlist of wallets, which are sponsored under the per-wallet quotas alone;
//   - unauthenticated use, if the deployment allows it at all, limited per client address (X-Forwarded-For is only
//     read from proxies the deployment names).
//
// Anything else is refused as not_eligible. The checks are a hash lookup, a set lookup and one Redis script: they
// run after the request's static checks and before any RPC call (role reads, simulation, L1 fee). A further source
// that needs the chain (a wallet attested by an identity provider's role on chain) would be one more Source kind,
// checked after these counters so that its reads are rate limited too.
package admission

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Limits are a sponsor's quotas; zero disables one. Gas and budget are charged on a request's full cost: the gas
// limit of the relayer's transaction (execution bound, intrinsic and EIP-7623 calldata floor) and, for the budget,
// that gas at the current price plus the L1 data fee.
type Limits struct {
	RequestsPerMinute int64 `json:"requestsPerMinute"`
	GasPerDay         int64 `json:"gasPerDay"`
	BudgetGweiPerDay  int64 `json:"budgetGweiPerDay"`
}

func (l Limits) check(what string) error {
	if l.RequestsPerMinute < 0 || l.GasPerDay < 0 || l.BudgetGweiPerDay < 0 {
		return fmt.Errorf("%s: limits must not be negative", what)
	}
	return nil
}

// App is an app key as the relayer knows it: a name (for logs and metrics, never the key) and the key's SHA-256.
type App struct {
	Name string `json:"name"`
	// KeySHA256 is the hex SHA-256 of the key (HashKey).
	KeySHA256 string `json:"keySha256"`
	Limits
}

// AppsFile is the app keys file's shape (JSON).
type AppsFile struct {
	Apps []App `json:"apps"`
}

// Config is where sponsorship comes from.
type Config struct {
	// Apps are the app keys.
	Apps []App
	// Wallets are sponsored without an app key (under the per-wallet quotas).
	Wallets []common.Address
	// Anonymous allows requests with neither an app key nor an allowlisted wallet, limited per client address by
	// AnonymousLimits (an IPv6 client counts as its /64).
	Anonymous       bool
	AnonymousLimits Limits
	// TrustedProxies are the proxies whose X-Forwarded-For names the client; from anyone else it is ignored.
	TrustedProxies []netip.Prefix
	// WalletRequestsPerMinute is the per-wallet request rate (counted here, before any RPC call); 0: none.
	WalletRequestsPerMinute int64
	// ClientReadsPerMinute limits the reads that cost an RPC call (GET /v1/nonce) per client address for callers
	// without an app key; 0: none.
	ClientReadsPerMinute int64
}

// Check validates the configuration: names and hashes well-formed and unique, limits not negative, and at least
// one source.
func (c *Config) Check() error {
	var errs []error
	names, hashes := map[string]bool{}, map[string]bool{}
	for i, a := range c.Apps {
		what := fmt.Sprintf("app %d (%q)", i+1, a.Name)
		if a.Name == "" || strings.ContainsAny(a.Name, " \t\n:{}") {
			errs = append(errs, fmt.Errorf("%s: a name without spaces, colons or braces is required", what))
		}
		if names[a.Name] {
			errs = append(errs, fmt.Errorf("%s: name used twice", what))
		}
		names[a.Name] = true
		h := strings.ToLower(strings.TrimPrefix(a.KeySHA256, "0x"))
		if b, err := hex.DecodeString(h); err != nil || len(b) != sha256.Size {
			errs = append(errs, fmt.Errorf("%s: keySha256 must be a hex SHA-256 (64 hex digits): store the key's hash, never the key", what))
		}
		if hashes[h] {
			errs = append(errs, fmt.Errorf("%s: the same key hash as another app", what))
		}
		hashes[h] = true
		if err := a.Limits.check(what); err != nil {
			errs = append(errs, err)
		}
	}
	if err := c.AnonymousLimits.check("unauthenticated use"); err != nil {
		errs = append(errs, err)
	}
	if c.WalletRequestsPerMinute < 0 || c.ClientReadsPerMinute < 0 {
		errs = append(errs, errors.New("per-wallet requests and per-client reads per minute must not be negative"))
	}
	if len(c.Apps) == 0 && len(c.Wallets) == 0 && !c.Anonymous {
		errs = append(errs, errors.New("no sponsorship source: configure app keys, an allowlist of wallets, or allow unauthenticated use"))
	}
	return errors.Join(errs...)
}

// keyPrefix marks Bevan app keys (so that a leaked one is recognisable in secret scanners).
const keyPrefix = "bvnapp_"

// NewKey returns a new random app key (256 bits).
func NewKey() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("app key: %w", err)
	}
	return keyPrefix + hex.EncodeToString(b), nil
}

// HashKey is the hex SHA-256 of an app key: what the relayer's configuration holds. App keys are random 256-bit
// secrets, so a plain hash (no salt, no stretching) keeps them safe at rest.
func HashKey(key string) string {
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:])
}

// LoadApps reads an app keys file (AppsFile, JSON).
func LoadApps(path string) ([]App, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("app keys: %w", err)
	}
	var f AppsFile
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("app keys file %s: %w", path, err)
	}
	return f.Apps, nil
}

// LoadWallets reads an allowlist of wallets: one address a line; blank lines and # comments are skipped.
func LoadWallets(path string) ([]common.Address, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("wallet allowlist: %w", err)
	}
	defer fh.Close()
	var out []common.Address
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !common.IsHexAddress(line) {
			return nil, fmt.Errorf("wallet allowlist %s line %d: %q is not an address", path, n, line)
		}
		out = append(out, common.HexToAddress(line))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("wallet allowlist %s: %w", path, err)
	}
	return out, nil
}

// ParsePrefixes reads a comma-separated list of CIDR prefixes or addresses (an address is its own /32 or /128).
func ParsePrefixes(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range strings.Split(list, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if p, err := netip.ParsePrefix(s); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: not an address or CIDR prefix", s)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}
