// Package access serves DAO-approved datasets (docs/analytics.md, "DAO-approved data access"): a member
// organisation signs in with its wallet (EIP-4361, package signin) and fetches the dataset of a request that the
// DAO approved (DataAccess.isApproved on chain) — the request's measure over the request's period, disclosure
// control applied (packages analytics and disclosure), as a FHIR R4 MeasureReport. Each release is anchored on chain
// before a byte of it is served: DataAccess.recordRelease(requestId, releaseHash) through the relayer, releaseHash a
// salted commitment (package commitment) to the released bytes, the recipient and the time. The recipient gets the
// bytes with the opening, so it can check the anchor itself (Delivery.Check, CheckAnchor).
package access

import (
	"errors"
	"fmt"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/jcs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Kind names the release statement format inside the commitment.
const Kind = "bevan.data-release.v1"

// OpeningVersion is the version of the opening's format.
const OpeningVersion = 1

// ErrBadOpening: an opening that does not give its release hash, or bytes that are not the ones it commits to.
var ErrBadOpening = errors.New("release opening does not match")

// Statement is what a release commits to: which request's dataset, computed how (measure, purpose, period, the
// indexed block), released to whom and when, and the hash of the bytes released.
type Statement struct {
	Kind        string         `json:"kind"`
	ChainID     uint64         `json:"chainId"`
	DataAccess  common.Address `json:"dataAccess"`
	RequestID   uint64         `json:"requestId"`
	Recipient   common.Address `json:"recipient"`
	Measure     string         `json:"measure"`
	Purpose     string         `json:"purpose"`
	PeriodStart int64          `json:"periodStart"`
	PeriodEnd   int64          `json:"periodEnd"`
	// Block is the indexed block the dataset was computed as of.
	Block uint64 `json:"block"`
	// ReleasedAt is the server's time of the release (unix seconds).
	ReleasedAt int64 `json:"releasedAt"`
	// DatasetHash is keccak256 of the released bytes.
	DatasetHash common.Hash `json:"datasetHash"`
}

// canonical is the statement's RFC 8785 JSON, the data committed to.
func (s *Statement) canonical() ([]byte, error) {
	c, err := jcs.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("encode release statement: %w", err)
	}
	return c, nil
}

// Opening opens a release hash: the statement and the salt. ReleaseHash = keccak256(salt ‖ JCS(statement)).
type Opening struct {
	Version     int             `json:"version"`
	Statement   Statement       `json:"statement"`
	Salt        commitment.Salt `json:"salt"`
	ReleaseHash common.Hash     `json:"releaseHash"`
}

// Commit fills in the statement's kind and dataset hash, draws a fresh salt and returns the opening.
func Commit(st Statement, dataset []byte) (*Opening, error) {
	st.Kind = Kind
	st.DatasetHash = crypto.Keccak256Hash(dataset)
	data, err := st.canonical()
	if err != nil {
		return nil, err
	}
	salt, hash, err := commitment.New(data)
	if err != nil {
		return nil, err
	}
	return &Opening{Version: OpeningVersion, Statement: st, Salt: salt, ReleaseHash: hash}, nil
}

// Check verifies that the opening gives its release hash and that dataset is the bytes it commits to.
func (o *Opening) Check(dataset []byte) error {
	if o.Version != OpeningVersion || o.Statement.Kind != Kind {
		return fmt.Errorf("%w: version %d, kind %q", ErrBadOpening, o.Version, o.Statement.Kind)
	}
	if err := o.Salt.Check(); err != nil {
		return fmt.Errorf("%w: %v", ErrBadOpening, err)
	}
	if h := crypto.Keccak256Hash(dataset); h != o.Statement.DatasetHash {
		return fmt.Errorf("%w: the dataset hashes to %s, the statement names %s", ErrBadOpening, h.Hex(), o.Statement.DatasetHash.Hex())
	}
	data, err := o.Statement.canonical()
	if err != nil {
		return err
	}
	if h := commitment.Of(o.Salt, data); h != o.ReleaseHash {
		return fmt.Errorf("%w: the statement and salt give %s, not %s", ErrBadOpening, h.Hex(), o.ReleaseHash.Hex())
	}
	return nil
}

// Delivery is what GET /v1/datasets/{requestId} answers: the dataset's bytes (a FHIR R4 MeasureReport, JSON), the
// opening of the release hash, and the transaction that anchored it.
type Delivery struct {
	Dataset     []byte      `json:"dataset"` // base64 in JSON: the exact bytes committed to
	Opening     Opening     `json:"opening"`
	AnchorTx    common.Hash `json:"anchorTx"`
	AnchorBlock uint64      `json:"anchorBlock"`
}
