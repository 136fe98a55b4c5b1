// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title RecordAnchor
/// @notice Provenance for off-chain health records with no personal data on-chain. A custodian (an organisation
/// holding CUSTODIAN_ROLE, granted by the DAO) anchors a version of a record, or a Merkle batch of many.
/// @dev Encoding, shared with the Go `merkle` package:
/// - recordId = a keyed hash (HMAC-SHA256 under the custodian's secret) of the record, computed off-chain;
/// - contentHash = keccak256(salt ‖ canonical content) with a fresh random salt per version, computed off-chain;
/// - versionId = keccak256(abi.encode(recordId, contentHash));
/// - a batch leaf = keccak256(abi.encode(versionId)), i.e. the double-hashed leaf
///   keccak256(bytes.concat(keccak256(abi.encode(recordId, contentHash)))), and inner nodes hash sorted pairs
///   (OpenZeppelin MerkleProof / StandardMerkleTree).
/// Every anchor and batch belongs to the custodian that made it: storage is keyed by
/// keccak256(abi.encode(custodian, recordId, contentHash)) and keccak256(abi.encode(custodian, root)), so a record
/// is (custodian, recordId). Another custodian anchoring the same ids makes a record of its own: it can neither add
/// versions to this custodian's records, supersede them, nor take an id or root before this custodian anchors it.
/// Readers name the custodian they verify.
/// A single anchor names the content hash of the version it supersedes (zero for a first version); that version must
/// already be anchored singly by the same custodian for the same record, so versions form a chain. Anchors and
/// batches never change.
contract RecordAnchor is AccessControl, ERC2771Context {
    /// @notice Role of the organisations that anchor records. Granted by the DAO's timelock.
    bytes32 public constant CUSTODIAN_ROLE = keccak256("CUSTODIAN_ROLE");

    /// @dev One slot: when the batch was anchored, and how many leaves it has.
    struct Batch {
        uint48 anchoredAt;
        uint32 leafCount;
    }

    /// @dev anchorKeyOf(custodian, recordId, contentHash) => when it was anchored (0: never).
    mapping(bytes32 anchorKey => uint48 anchoredAt) private _anchors;
    /// @dev batchKeyOf(custodian, root) => the batch.
    mapping(bytes32 batchKey => Batch) private _batches;

    /// @notice A custodian anchored one version of its record (at the log's block time).
    /// @dev `custodian` is not indexed: indexers read every anchor anyway, and a third topic costs the 50k goal.
    event RecordAnchored(bytes32 indexed recordId, bytes32 indexed contentHash, address custodian, bytes32 supersedes);

    /// @notice A custodian anchored a Merkle batch of record versions (at the log's block time); `uri` hints where
    /// the leaves are kept.
    event BatchAnchored(bytes32 indexed root, address custodian, uint32 leafCount, string uri);

    /// @notice This custodian already anchored this version of the record.
    error AlreadyAnchored(bytes32 recordId, bytes32 contentHash);
    /// @notice The superseded version is not anchored singly by this custodian for this record.
    error UnknownVersion(bytes32 recordId, bytes32 supersedes);
    /// @notice A record id or content hash is zero, or a version supersedes itself.
    error InvalidRecord(bytes32 recordId, bytes32 contentHash);
    /// @notice This custodian already anchored this root.
    error BatchExists(bytes32 root);
    /// @notice The root is zero or the batch has no leaves.
    error InvalidBatch(bytes32 root, uint32 leafCount);

    /// @param trustedForwarder The Bevan ERC-2771 forwarder.
    /// @param admin The DAO's timelock: holds DEFAULT_ADMIN_ROLE (grants and revokes CUSTODIAN_ROLE).
    /// @param custodians Initial holders of CUSTODIAN_ROLE.
    constructor(address trustedForwarder, address admin, address[] memory custodians) ERC2771Context(trustedForwarder) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        for (uint256 i = 0; i < custodians.length; ++i) {
            _grantRole(CUSTODIAN_ROLE, custodians[i]);
        }
    }

    /// @notice Anchors one version of the sender's record.
    /// @dev Only CUSTODIAN_ROLE, directly or through the forwarder (the sender is resolved once, for the role check
    /// and the record's key).
    /// @param recordId The custodian's keyed id of the record (never a guessable hash of its identifiers).
    /// @param contentHash Salted hash of the record's canonical content (RFC 8785 JSON).
    /// @param supersedes Content hash of the version this one replaces, anchored singly by the same custodian; zero
    /// for a record's first version.
    function anchor(bytes32 recordId, bytes32 contentHash, bytes32 supersedes) external {
        address custodian = _msgSender();
        _checkRole(CUSTODIAN_ROLE, custodian);
        if (recordId == 0 || contentHash == 0 || supersedes == contentHash) {
            revert InvalidRecord(recordId, contentHash);
        }
        bytes32 key = anchorKeyOf(custodian, recordId, contentHash);
        if (_anchors[key] != 0) revert AlreadyAnchored(recordId, contentHash);
        if (supersedes != 0 && _anchors[anchorKeyOf(custodian, recordId, supersedes)] == 0) {
            revert UnknownVersion(recordId, supersedes);
        }
        _anchors[key] = uint48(block.timestamp);
        emit RecordAnchored(recordId, contentHash, custodian, supersedes);
    }

    /// @notice Anchors a Merkle batch of the sender's record versions.
    /// @dev Only CUSTODIAN_ROLE, directly or through the forwarder. Costs the same whatever the batch size.
    /// @param root The Merkle root (see the contract's encoding).
    /// @param leafCount How many leaves the tree has.
    /// @param uri A hint where the batch's leaves can be fetched: public text, never personal data.
    function anchorBatch(bytes32 root, uint32 leafCount, string calldata uri) external {
        address custodian = _msgSender();
        _checkRole(CUSTODIAN_ROLE, custodian);
        if (root == 0 || leafCount == 0) revert InvalidBatch(root, leafCount);
        Batch storage b = _batches[batchKeyOf(custodian, root)];
        if (b.anchoredAt != 0) revert BatchExists(root);
        b.anchoredAt = uint48(block.timestamp);
        b.leafCount = leafCount;
        emit BatchAnchored(root, custodian, leafCount, uri);
    }

    /// @notice Whether `leaf` is in the batch `root` that `custodian` anchored, by `proof`.
    /// @dev `leaf` must be a leaf hash (see `leafOf`): like any Merkle proof check, an inner node of the tree passed
    /// as `leaf` with its proof also verifies. `verifyRecord`, which derives the leaf itself, has no such pitfall.
    /// @return False when the custodian never anchored the root or the proof does not lead to it.
    function verify(address custodian, bytes32 root, bytes32 leaf, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        return _batches[batchKeyOf(custodian, root)].anchoredAt != 0 && MerkleProof.verifyCalldata(proof, root, leaf);
    }

    /// @notice Whether `custodian` anchored the record version singly or in its batch `root` (pass zero root and no
    /// proof for a single anchor).
    function verifyRecord(
        address custodian,
        bytes32 recordId,
        bytes32 contentHash,
        bytes32 root,
        bytes32[] calldata proof
    ) external view returns (bool) {
        if (root == 0) return _anchors[anchorKeyOf(custodian, recordId, contentHash)] != 0;
        return _batches[batchKeyOf(custodian, root)].anchoredAt != 0
            && MerkleProof.verifyCalldata(proof, root, keccak256(abi.encode(versionIdOf(recordId, contentHash))));
    }

    /// @notice When `custodian` anchored the record version singly (0 if it did not).
    function anchorOf(address custodian, bytes32 recordId, bytes32 contentHash)
        external
        view
        returns (uint48 anchoredAt)
    {
        return _anchors[anchorKeyOf(custodian, recordId, contentHash)];
    }

    /// @notice The batch `custodian` anchored with this root (anchoredAt 0 if none).
    function batch(address custodian, bytes32 root) external view returns (uint48 anchoredAt, uint32 leafCount) {
        Batch storage b = _batches[batchKeyOf(custodian, root)];
        return (b.anchoredAt, b.leafCount);
    }

    /// @notice keccak256(abi.encode(recordId, contentHash)): the id of a record version.
    function versionIdOf(bytes32 recordId, bytes32 contentHash) public pure returns (bytes32) {
        return keccak256(abi.encode(recordId, contentHash));
    }

    /// @notice The batch leaf of a record version: keccak256(abi.encode(versionIdOf(recordId, contentHash))).
    function leafOf(bytes32 recordId, bytes32 contentHash) external pure returns (bytes32) {
        return keccak256(abi.encode(versionIdOf(recordId, contentHash)));
    }

    /// @notice keccak256(abi.encode(custodian, recordId, contentHash)): the storage key of a custodian's single
    /// anchor of a record version.
    function anchorKeyOf(address custodian, bytes32 recordId, bytes32 contentHash) public pure returns (bytes32) {
        return keccak256(abi.encode(custodian, recordId, contentHash));
    }

    /// @notice keccak256(abi.encode(custodian, root)): the storage key of a custodian's batch.
    function batchKeyOf(address custodian, bytes32 root) public pure returns (bytes32) {
        return keccak256(abi.encode(custodian, root));
    }

    function _msgSender() internal view override(Context, ERC2771Context) returns (address) {
        return ERC2771Context._msgSender();
    }

    function _msgData() internal view override(Context, ERC2771Context) returns (bytes calldata) {
        return ERC2771Context._msgData();
    }

    function _contextSuffixLength() internal view override(Context, ERC2771Context) returns (uint256) {
        return ERC2771Context._contextSuffixLength();
    }
}
