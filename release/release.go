// Package release decides, and commits to the decision, whether a custodian may release a record version to a
// requester: the requester's wallet must be identity-verified on chain (IdentityRegistry.isVerified) and the
// patient's consent must permit the requester the purpose and action (ConsentRegistry.isPermitted), both read at
// one block. The decision, refusals included, is committed to with a fresh salt (package commitment) so it can be
// anchored on chain with nothing identifying in it, and opened later by whoever holds the receipt.
package release

import (
	"errors"
	"fmt"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/jcs"
	"github.com/ethereum/go-ethereum/common"
)

// Kind names the decision format inside the commitment.
const Kind = "bevan.release-decision.v1"

// ReceiptVersion is the version of the receipt file format.
const ReceiptVersion = 1

var (
	// ErrNotVerified: the requester's wallet is not identity-verified at the minimum level.
	ErrNotVerified = errors.New("requester not verified")
	// ErrNotPermitted: no active consent of the patient permits the requester the purpose and action.
	ErrNotPermitted = errors.New("requester not permitted")
	// ErrBadReceipt: a receipt whose opening does not give its commitment.
	ErrBadReceipt = errors.New("decision receipt does not open its commitment")
)

// Decision is what the custodian decided, and on what: the record version, the requester and the request, the
// block both checks were read at, and their answers.
type Decision struct {
	Kind         string         `json:"kind"`
	ChainID      uint64         `json:"chainId"`
	RecordAnchor common.Address `json:"recordAnchor"`
	RecordID     common.Hash    `json:"recordId"`
	// ContentHash is the record version's id (its salted content hash, as anchored).
	ContentHash common.Hash    `json:"contentHash"`
	Custodian   common.Address `json:"custodian"`
	Requester   common.Address `json:"requester"`
	Patient     common.Address `json:"patient"`
	Purpose     string         `json:"purpose"`
	Access      string         `json:"access"`
	MinLevel    string         `json:"minLevel"`
	Block       uint64         `json:"block"`
	Verified    bool           `json:"verified"`
	Permitted   bool           `json:"permitted"`
}

// Released reports whether both checks passed.
func (d *Decision) Released() bool { return d.Verified && d.Permitted }

// Err is nil for a release, else which check failed (ErrNotVerified first).
func (d *Decision) Err() error {
	switch {
	case !d.Verified:
		return fmt.Errorf("%w: %s is not identity-verified at %s (block %d)", ErrNotVerified, d.Requester.Hex(), d.MinLevel, d.Block)
	case !d.Permitted:
		return fmt.Errorf("%w: no active consent of patient %s lets %s %s for %s (block %d)", ErrNotPermitted, d.Patient.Hex(),
			d.Requester.Hex(), d.Access, d.Purpose, d.Block)
	}
	return nil
}

// canonical is the decision's RFC 8785 JSON, the data committed to.
func (d *Decision) canonical() ([]byte, error) {
	c, err := jcs.Marshal(d)
	if err != nil {
		return nil, fmt.Errorf("encode decision: %w", err)
	}
	return c, nil
}

// Receipt opens a decision's commitment: the decision, the salt, and what was anchored. DecisionID and Commitment
// are the anchor's recordId and contentHash in RecordAnchor (a single anchor by the custodian).
type Receipt struct {
	Version     int             `json:"version"`
	Decision    Decision        `json:"decision"`
	Released    bool            `json:"released"`
	Salt        commitment.Salt `json:"salt"`
	DecisionID  common.Hash     `json:"decisionId"`
	Commitment  common.Hash     `json:"commitment"`
	TxHash      common.Hash     `json:"txHash,omitempty"`
	AnchorBlock uint64          `json:"anchorBlock,omitempty"`
}

// decisionID is the anchor's recordId: derived from the salt, so decisions are not linkable to each other or to
// the record's own anchors.
func decisionID(salt commitment.Salt) common.Hash {
	return commitment.Of(salt, []byte(Kind))
}

// Commit draws a fresh salt and commits to d (its Kind is set).
func Commit(d Decision) (*Receipt, error) {
	d.Kind = Kind
	data, err := d.canonical()
	if err != nil {
		return nil, err
	}
	salt, c, err := commitment.New(data)
	if err != nil {
		return nil, err
	}
	return &Receipt{Version: ReceiptVersion, Decision: d, Released: d.Released(), Salt: salt, DecisionID: decisionID(salt), Commitment: c}, nil
}

// Check recomputes the commitment and decision id from the opening.
func (r *Receipt) Check() error {
	if r.Version != ReceiptVersion || r.Decision.Kind != Kind {
		return fmt.Errorf("%w: version %d, kind %q", ErrBadReceipt, r.Version, r.Decision.Kind)
	}
	if err := r.Salt.Check(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadReceipt, err)
	}
	data, err := r.Decision.canonical()
	if err != nil {
		return err
	}
	if commitment.Of(r.Salt, data) != r.Commitment || decisionID(r.Salt) != r.DecisionID || r.Released != r.Decision.Released() {
		return ErrBadReceipt
	}
	return nil
}
