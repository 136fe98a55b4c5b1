// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./utils/BevanFixture.sol";
import {RecordAnchor} from "../src/RecordAnchor.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

/// @dev OpenZeppelin StandardMerkleTree layout (the Go `merkle` package's): leaves sorted ascending, stored at the
/// end of a 2n-1 array in reverse order, node i has children 2i+1 and 2i+2, sorted-pair hashing.
library TestMerkle {
    function hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    function leaf(bytes32 recordId, bytes32 contentHash) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(recordId, contentHash))));
    }

    function build(bytes32[] memory leaves) internal pure returns (bytes32[] memory nodes) {
        uint256 n = leaves.length;
        require(n > 0, "empty");
        bytes32[] memory sorted = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            bytes32 x = leaves[i];
            uint256 j = i;
            for (; j > 0 && sorted[j - 1] > x; --j) {
                sorted[j] = sorted[j - 1];
            }
            sorted[j] = x;
        }
        nodes = new bytes32[](2 * n - 1);
        for (uint256 i = 0; i < n; ++i) {
            nodes[nodes.length - 1 - i] = sorted[i];
        }
        for (uint256 i = nodes.length - n; i > 0; --i) {
            nodes[i - 1] = hashPair(nodes[2 * i - 1], nodes[2 * i]);
        }
    }

    function proof(bytes32[] memory nodes, bytes32 target) internal pure returns (bytes32[] memory p) {
        uint256 pos = type(uint256).max;
        for (uint256 i = nodes.length; i > nodes.length / 2; --i) {
            if (nodes[i - 1] == target) pos = i - 1;
        }
        require(pos != type(uint256).max, "unknown leaf");
        uint256 len;
        for (uint256 i = pos; i > 0; i = (i - 1) / 2) {
            ++len;
        }
        p = new bytes32[](len);
        for (uint256 k = 0; pos > 0; ++k) {
            p[k] = nodes[pos % 2 == 0 ? pos - 1 : pos + 1];
            pos = (pos - 1) / 2;
        }
    }
}

contract RecordAnchorTest is BevanFixture {
    uint256 internal constant CUSTODIAN2_KEY = 0xC0572;
    string internal constant URI = "bevan://batches/2026-11-24/0001";

    // Known-answer vector from merkle/vectors.md (asserted by the Go package's TestKnownAnswer3).
    bytes32 internal constant ROOT_3 = 0x1e42dd97bd15d9215d4c5f0b24ef5c012eb4bba6fa9275ba4215990ca68cd2d8;
    bytes32 internal constant ROOT_5 = 0x85a0a95ee1ddbd9cebbcf447921c634aeec76b0b98d91667190e65a8b16d3d52;
    bytes32 internal constant LEAF_1 = 0xe1b240798ac92a4b1f657f67ac9c232dae3b6a8c80cff83434a458d71c7b23fb;
    bytes32 internal constant LEAF_2 = 0xb2bc84c84760d3efded8432d879d9398c04496556743b3e2b564f98433e256af;
    bytes32 internal constant LEAF_3 = 0x65ef96d3c4dcc62e87ec342bbc7fcc548515b72b7b5f19a3b57fc53cb5e65f42;
    bytes32 internal constant VERSION_1 = 0xbbcb93d4aeec9c36876819daef31032682a959d2620f0aec3c2f6e0e13692816;
    bytes32 internal constant NODE_23 = 0x71dd39a5a2e795ee48eaacea55d2fa508fc5bdf3a76a6991391935b3f3395864;

    bytes32 internal constant REC = keccak256("RJ1/Observation/obs-123");
    bytes32 internal constant V1 = keccak256("observation v1");
    bytes32 internal constant V2 = keccak256("observation v2");
    bytes32 internal constant V3 = keccak256("observation v3");

    address internal custodian2;
    bytes32 internal custodianRole;

    function setUp() public override {
        super.setUp();
        custodianRole = anchors.CUSTODIAN_ROLE();
        custodian2 = _grantByDao(address(anchors), custodianRole, vm.addr(CUSTODIAN2_KEY));
    }

    // ------------------------------------------------------------------ helpers

    function _anchor(address by, bytes32 recordId, bytes32 contentHash, bytes32 supersedes) internal {
        vm.prank(by);
        anchors.anchor(recordId, contentHash, supersedes);
    }

    function _anchorBatch(address by, bytes32 root, uint32 leafCount) internal {
        vm.prank(by);
        anchors.anchorBatch(root, leafCount, URI);
    }

    function _rec(uint256 i) internal pure returns (bytes32) {
        return keccak256(bytes(string.concat("record-", _digit(i))));
    }

    function _content(uint256 i) internal pure returns (bytes32) {
        return keccak256(bytes(string.concat("content-", _digit(i))));
    }

    function _digit(uint256 i) internal pure returns (string memory) {
        require(i < 10, "digit");
        return string(abi.encodePacked(bytes1(uint8(48 + i))));
    }

    function _proof1(bytes32 a) internal pure returns (bytes32[] memory p) {
        p = new bytes32[](1);
        p[0] = a;
    }

    function _proof2(bytes32 a, bytes32 b) internal pure returns (bytes32[] memory p) {
        p = new bytes32[](2);
        p[0] = a;
        p[1] = b;
    }

    function _none() internal pure returns (bytes32[] memory) {
        return new bytes32[](0);
    }

    // ---------------------------------------------------------------- anchors

    function test_anchor_firstVersion() public {
        uint48 t = uint48(block.timestamp);
        vm.expectEmit(address(anchors));
        emit RecordAnchor.RecordAnchored(REC, V1, CUSTODIAN, bytes32(0));
        _anchor(CUSTODIAN, REC, V1, 0);

        assertEq(anchors.anchorOf(CUSTODIAN, REC, V1), t, "anchoredAt");
        assertEq(anchors.anchorOf(custodian2, REC, V1), 0, "not custodian2's");
        assertTrue(anchors.verifyRecord(CUSTODIAN, REC, V1, bytes32(0), _none()), "verifyRecord single");
        assertFalse(anchors.verifyRecord(CUSTODIAN, REC, V2, bytes32(0), _none()), "other version");
        assertFalse(anchors.verifyRecord(CUSTODIAN, keccak256("other"), V1, bytes32(0), _none()), "other record");
        assertFalse(anchors.verifyRecord(custodian2, REC, V1, bytes32(0), _none()), "other custodian");
    }

    function test_anchor_supersedingVersion() public {
        _anchor(CUSTODIAN, REC, V1, 0);
        vm.warp(block.timestamp + 1 days);
        uint48 t2 = uint48(block.timestamp);
        vm.expectEmit(address(anchors));
        emit RecordAnchor.RecordAnchored(REC, V2, CUSTODIAN, V1);
        _anchor(CUSTODIAN, REC, V2, V1);
        vm.warp(block.timestamp + 1 days);
        _anchor(CUSTODIAN, REC, V3, V2);

        uint48 at1 = anchors.anchorOf(CUSTODIAN, REC, V1);
        uint48 at2 = anchors.anchorOf(CUSTODIAN, REC, V2);
        uint48 at3 = anchors.anchorOf(CUSTODIAN, REC, V3);
        assertEq(at2, t2, "at2");
        assertEq(at1 + 1 days, at2, "at1");
        assertEq(at2 + 1 days, at3, "at3");
        // A superseded version stays anchored.
        assertTrue(anchors.verifyRecord(CUSTODIAN, REC, V1, bytes32(0), _none()), "v1 still anchored");
    }

    function test_anchor_revertsUnknownVersion_notAnchored() public {
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.UnknownVersion.selector, REC, V1));
        _anchor(CUSTODIAN, REC, V2, V1);
    }

    function test_anchor_revertsUnknownVersion_otherRecord() public {
        bytes32 other = keccak256("RJ1/Observation/obs-999");
        _anchor(CUSTODIAN, other, V1, 0);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.UnknownVersion.selector, REC, V1));
        _anchor(CUSTODIAN, REC, V2, V1);
    }

    function test_anchor_revertsUnknownVersion_onlyInBatch() public {
        // Superseding needs a single anchor of the previous version; a batch leaf does not count.
        bytes32 l = anchors.leafOf(REC, V1);
        _anchorBatch(CUSTODIAN, l, 1);
        assertTrue(anchors.verifyRecord(CUSTODIAN, REC, V1, l, _none()), "in the batch");
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.UnknownVersion.selector, REC, V1));
        _anchor(CUSTODIAN, REC, V2, V1);
    }

    function test_anchor_revertsAlreadyAnchored() public {
        _anchor(CUSTODIAN, REC, V1, 0);
        uint48 t = uint48(block.timestamp);
        vm.warp(block.timestamp + 1 hours);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.AlreadyAnchored.selector, REC, V1));
        _anchor(CUSTODIAN, REC, V1, 0);
        // Whatever it claims to supersede.
        _anchor(CUSTODIAN, REC, V2, V1);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.AlreadyAnchored.selector, REC, V1));
        _anchor(CUSTODIAN, REC, V1, V2);
        assertEq(anchors.anchorOf(CUSTODIAN, REC, V1), t, "unchanged");
    }

    // ------------------------------------------------- custodians' records are their own (issue 11 item 4)

    /// @dev Custodian B cannot take A's next version first: A's anchor still succeeds, and B's lands under B.
    function test_custodian_cannotFrontRunAnothersAnchor() public {
        _anchor(CUSTODIAN, REC, V1, 0);
        // B sees A's pending anchor of V2 and sends it first.
        _anchor(custodian2, REC, V2, 0);
        _anchor(CUSTODIAN, REC, V2, V1);
        uint48 t = uint48(block.timestamp);
        assertEq(anchors.anchorOf(CUSTODIAN, REC, V2), t, "A's anchor stands");
        assertTrue(anchors.verifyRecord(CUSTODIAN, REC, V2, bytes32(0), _none()), "A's version verifies as A's");
        assertEq(anchors.anchorOf(custodian2, REC, V2), t, "B's own anchor is B's");
        // And B's first version of REC is not a version of A's record.
        assertFalse(anchors.verifyRecord(CUSTODIAN, keccak256("unrelated"), V2, bytes32(0), _none()), "no cross-talk");
    }

    /// @dev Custodian B cannot add a version to A's record: a version that supersedes one of A's is unknown to B.
    function test_custodian_cannotSupersedeAnothersRecord() public {
        _anchor(CUSTODIAN, REC, V1, 0);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.UnknownVersion.selector, REC, V1));
        _anchor(custodian2, REC, V2, V1);
        assertEq(anchors.anchorOf(CUSTODIAN, REC, V2), 0, "A's record unchanged");
        assertEq(anchors.anchorOf(custodian2, REC, V2), 0, "nothing for B either");
        assertFalse(anchors.verifyRecord(CUSTODIAN, REC, V2, bytes32(0), _none()), "no version V2 of A's record");
    }

    /// @dev Custodian B cannot anchor a version under A's record: B's anchor of the same ids is B's, and does not
    /// make A's own anchor of them revert.
    function test_custodian_cannotAnchorUnderAnothersRecord() public {
        _anchor(custodian2, REC, V1, 0);
        assertEq(anchors.anchorOf(CUSTODIAN, REC, V1), 0, "not anchored for A");
        assertFalse(anchors.verifyRecord(CUSTODIAN, REC, V1, bytes32(0), _none()), "does not verify as A's");
        assertTrue(anchors.verifyRecord(custodian2, REC, V1, bytes32(0), _none()), "verifies as B's");
        _anchor(CUSTODIAN, REC, V1, 0);
        assertTrue(anchors.verifyRecord(CUSTODIAN, REC, V1, bytes32(0), _none()), "A anchors its own version");
    }

    /// @dev A batch root is its custodian's: B anchoring A's root first neither blocks A nor verifies as A's.
    function test_custodian_batchesAreTheirOwn() public {
        bytes32[] memory p1 = _proof1(NODE_23);
        _anchorBatch(custodian2, ROOT_3, 3);
        assertFalse(anchors.verify(CUSTODIAN, ROOT_3, LEAF_1, p1), "B's batch is not A's");
        assertFalse(anchors.verifyRecord(CUSTODIAN, _rec(1), _content(1), ROOT_3, p1), "B's batch is not A's (record)");
        assertTrue(anchors.verifyRecord(custodian2, _rec(1), _content(1), ROOT_3, p1), "B's batch is B's");
        _anchorBatch(CUSTODIAN, ROOT_3, 3);
        assertTrue(anchors.verifyRecord(CUSTODIAN, _rec(1), _content(1), ROOT_3, p1), "A anchors its own root");
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.BatchExists.selector, ROOT_3));
        _anchorBatch(custodian2, ROOT_3, 4);
        (, uint32 n) = anchors.batch(custodian2, ROOT_3);
        assertEq(n, 3, "B's batch unchanged");
    }

    function test_anchorKeys() public view {
        assertEq(anchors.anchorKeyOf(CUSTODIAN, REC, V1), keccak256(abi.encode(CUSTODIAN, REC, V1)), "anchor key");
        assertEq(anchors.batchKeyOf(CUSTODIAN, ROOT_3), keccak256(abi.encode(CUSTODIAN, ROOT_3)), "batch key");
        assertTrue(
            anchors.anchorKeyOf(CUSTODIAN, REC, V1) != anchors.anchorKeyOf(custodian2, REC, V1),
            "keys differ by custodian"
        );
    }

    function test_anchor_revertsInvalidRecord() public {
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.InvalidRecord.selector, bytes32(0), V1));
        _anchor(CUSTODIAN, 0, V1, 0);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.InvalidRecord.selector, REC, bytes32(0)));
        _anchor(CUSTODIAN, REC, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.InvalidRecord.selector, REC, V1));
        _anchor(CUSTODIAN, REC, V1, V1);
        // Even when that version is already anchored, a self-supersede is invalid first.
        _anchor(CUSTODIAN, REC, V1, 0);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.InvalidRecord.selector, REC, V1));
        _anchor(CUSTODIAN, REC, V1, V1);
    }

    function test_anchor_revertsWithoutRole() public {
        address[3] memory others = [stranger, RELAYER, address(timelock)];
        for (uint256 i = 0; i < others.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, others[i], custodianRole
                )
            );
            _anchor(others[i], REC, V1, 0);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, others[i], custodianRole
                )
            );
            _anchorBatch(others[i], ROOT_3, 3);
        }
        for (uint256 i = 0; i < others.length; ++i) {
            assertEq(anchors.anchorOf(others[i], REC, V1), 0, "nothing anchored");
            (uint48 bat,) = anchors.batch(others[i], ROOT_3);
            assertEq(bat, 0, "no batch");
        }
    }

    function test_anchorOf_unknown() public view {
        assertEq(anchors.anchorOf(CUSTODIAN, REC, V1), 0, "anchoredAt");
        (uint48 bat, uint32 n) = anchors.batch(CUSTODIAN, ROOT_3);
        assertEq(bat, 0, "batch anchoredAt");
        assertEq(n, 0, "batch leafCount");
    }

    function test_versionIdAndLeaf() public view {
        bytes32 v = keccak256(abi.encode(REC, V1));
        assertEq(anchors.versionIdOf(REC, V1), v, "versionId");
        assertEq(anchors.leafOf(REC, V1), keccak256(abi.encode(v)), "leaf");
        assertEq(anchors.leafOf(REC, V1), keccak256(bytes.concat(keccak256(abi.encode(REC, V1)))), "double hash");
        assertEq(anchors.leafOf(REC, V1), TestMerkle.leaf(REC, V1), "library leaf");
        assertEq(anchors.versionIdOf(_rec(1), _content(1)), VERSION_1, "go vector versionId");
        assertEq(anchors.leafOf(_rec(1), _content(1)), LEAF_1, "go vector leaf 1");
        assertEq(anchors.leafOf(_rec(2), _content(2)), LEAF_2, "go vector leaf 2");
        assertEq(anchors.leafOf(_rec(3), _content(3)), LEAF_3, "go vector leaf 3");
    }

    function test_roles() public {
        assertTrue(anchors.hasRole(anchors.DEFAULT_ADMIN_ROLE(), address(timelock)), "timelock admin");
        assertTrue(anchors.hasRole(custodianRole, CUSTODIAN), "initial custodian");
        assertFalse(anchors.hasRole(custodianRole, address(this)), "deployer");
        assertFalse(anchors.hasRole(anchors.DEFAULT_ADMIN_ROLE(), address(this)), "deployer admin");
        bytes32 admin = anchors.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, CUSTODIAN, admin)
        );
        vm.prank(CUSTODIAN);
        anchors.grantRole(custodianRole, stranger);

        // The timelock revokes a custodian: it can no longer anchor, its past anchors stay.
        _anchor(custodian2, REC, V1, 0);
        vm.prank(address(timelock));
        anchors.revokeRole(custodianRole, custodian2);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, custodian2, custodianRole)
        );
        _anchor(custodian2, REC, V2, V1);
        assertTrue(anchors.anchorOf(custodian2, REC, V1) != 0, "past anchor stays");
    }

    // ---------------------------------------------------------------- batches

    function test_anchorBatch() public {
        uint48 t = uint48(block.timestamp);
        vm.expectEmit(address(anchors));
        emit RecordAnchor.BatchAnchored(ROOT_3, CUSTODIAN, 3, URI);
        _anchorBatch(CUSTODIAN, ROOT_3, 3);
        (uint48 at, uint32 n) = anchors.batch(CUSTODIAN, ROOT_3);
        assertEq(at, t, "anchoredAt");
        assertEq(n, 3, "leafCount");
        (uint48 other,) = anchors.batch(custodian2, ROOT_3);
        assertEq(other, 0, "not custodian2's");
        // A batch does not anchor its versions singly.
        assertEq(anchors.anchorOf(CUSTODIAN, _rec(1), _content(1)), 0, "no single anchor");
    }

    function test_anchorBatch_revertsBatchExists() public {
        _anchorBatch(CUSTODIAN, ROOT_3, 3);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.BatchExists.selector, ROOT_3));
        _anchorBatch(CUSTODIAN, ROOT_3, 4);
        (, uint32 n) = anchors.batch(CUSTODIAN, ROOT_3);
        assertEq(n, 3, "unchanged leafCount");
    }

    function test_anchorBatch_revertsInvalidBatch() public {
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.InvalidBatch.selector, bytes32(0), uint32(3)));
        _anchorBatch(CUSTODIAN, 0, 3);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.InvalidBatch.selector, ROOT_3, uint32(0)));
        _anchorBatch(CUSTODIAN, ROOT_3, 0);
    }

    function test_verify_goVector() public {
        bytes32[] memory p1 = _proof1(NODE_23);
        bytes32[] memory p2 = _proof2(LEAF_3, LEAF_1);
        bytes32[] memory p3 = _proof2(LEAF_2, LEAF_1);

        // Not anchored yet: nothing verifies.
        assertFalse(anchors.verify(CUSTODIAN, ROOT_3, LEAF_1, p1), "unanchored root");
        assertFalse(anchors.verifyRecord(CUSTODIAN, _rec(1), _content(1), ROOT_3, p1), "unanchored root (record)");

        _anchorBatch(CUSTODIAN, ROOT_3, 3);
        assertTrue(anchors.verify(CUSTODIAN, ROOT_3, LEAF_1, p1), "leaf 1");
        assertTrue(anchors.verify(CUSTODIAN, ROOT_3, LEAF_2, p2), "leaf 2");
        assertTrue(anchors.verify(CUSTODIAN, ROOT_3, LEAF_3, p3), "leaf 3");
        assertTrue(anchors.verifyRecord(CUSTODIAN, _rec(1), _content(1), ROOT_3, p1), "record 1");
        assertTrue(anchors.verifyRecord(CUSTODIAN, _rec(2), _content(2), ROOT_3, p2), "record 2");
        assertTrue(anchors.verifyRecord(CUSTODIAN, _rec(3), _content(3), ROOT_3, p3), "record 3");

        // The hand-built StandardMerkleTree gives the same root and proofs.
        bytes32[] memory leaves = new bytes32[](3);
        for (uint256 i = 0; i < 3; ++i) {
            leaves[i] = anchors.leafOf(_rec(i + 1), _content(i + 1));
        }
        bytes32[] memory nodes = TestMerkle.build(leaves);
        assertEq(nodes[0], ROOT_3, "builder root");
        assertEq(TestMerkle.hashPair(TestMerkle.hashPair(LEAF_2, LEAF_3), LEAF_1), ROOT_3, "by hand");
        bytes32[] memory q = TestMerkle.proof(nodes, LEAF_2);
        assertEq(q.length, 2, "proof 2 length");
        assertEq(q[0], LEAF_3, "proof 2[0]");
        assertEq(q[1], LEAF_1, "proof 2[1]");

        // Wrong proofs, wrong leaves, wrong versions.
        assertFalse(anchors.verify(CUSTODIAN, ROOT_3, LEAF_1, p2), "leaf 1 with proof 2");
        assertFalse(anchors.verify(CUSTODIAN, ROOT_3, LEAF_1, _none()), "empty proof");
        assertFalse(anchors.verify(CUSTODIAN, ROOT_3, keccak256("not a leaf"), p1), "unknown leaf");
        assertFalse(anchors.verifyRecord(CUSTODIAN, _rec(1), _content(2), ROOT_3, p1), "wrong content");
        assertFalse(anchors.verifyRecord(CUSTODIAN, _rec(1), _content(1), ROOT_3, p2), "record 1 with proof 2");
        assertFalse(anchors.verifyRecord(CUSTODIAN, _rec(1), _content(1), bytes32(0), _none()), "not anchored singly");
    }

    function test_verify_goVector5() public view {
        bytes32[] memory leaves = new bytes32[](5);
        for (uint256 i = 0; i < 5; ++i) {
            leaves[i] = anchors.leafOf(_rec(i + 1), _content(i + 1));
        }
        assertEq(TestMerkle.build(leaves)[0], ROOT_5, "5-leaf root");
    }

    function test_verify_unknownRoot() public {
        _anchorBatch(CUSTODIAN, ROOT_3, 3);
        // A correct tree whose root was never anchored.
        bytes32[] memory leaves = new bytes32[](2);
        leaves[0] = anchors.leafOf(REC, V1);
        leaves[1] = anchors.leafOf(REC, V2);
        bytes32[] memory nodes = TestMerkle.build(leaves);
        bytes32[] memory p = TestMerkle.proof(nodes, leaves[0]);
        assertFalse(anchors.verify(CUSTODIAN, nodes[0], leaves[0], p), "unknown root");
        assertFalse(anchors.verifyRecord(CUSTODIAN, REC, V1, nodes[0], p), "unknown root (record)");
        assertFalse(anchors.verify(CUSTODIAN, bytes32(0), leaves[0], p), "zero root");
        _anchorBatch(CUSTODIAN, nodes[0], 2);
        assertTrue(anchors.verify(CUSTODIAN, nodes[0], leaves[0], p), "now anchored");
        assertTrue(anchors.verifyRecord(CUSTODIAN, REC, V1, nodes[0], p), "now anchored (record)");
    }

    function test_verify_singleLeafBatch() public {
        bytes32 l = anchors.leafOf(REC, V1);
        _anchorBatch(CUSTODIAN, l, 1);
        assertTrue(anchors.verify(CUSTODIAN, l, l, _none()), "root == leaf, empty proof");
        assertTrue(anchors.verifyRecord(CUSTODIAN, REC, V1, l, _none()), "record");
        assertFalse(anchors.verifyRecord(CUSTODIAN, REC, V2, l, _none()), "other version");
    }

    function test_verifyRecord_single() public {
        assertFalse(anchors.verifyRecord(CUSTODIAN, REC, V1, bytes32(0), _none()), "before");
        _anchor(CUSTODIAN, REC, V1, 0);
        assertTrue(anchors.verifyRecord(CUSTODIAN, REC, V1, bytes32(0), _none()), "after");
        // A proof is ignored for single anchors.
        assertTrue(anchors.verifyRecord(CUSTODIAN, REC, V1, bytes32(0), _proof1(ROOT_3)), "proof ignored");
        // A single anchor is not a batch root.
        assertFalse(anchors.verifyRecord(CUSTODIAN, REC, V1, anchors.leafOf(REC, V1), _none()), "not a batch");
    }

    // --------------------------------------------------------------- ERC-2771

    function test_forwarded_anchor() public {
        bytes memory data = abi.encodeCall(RecordAnchor.anchor, (REC, V1, bytes32(0)));
        ERC2771Forwarder.ForwardRequestData memory req =
            _forwardRequest(CUSTODIAN2_KEY, address(anchors), data, 200_000);
        vm.expectEmit(address(anchors));
        emit RecordAnchor.RecordAnchored(REC, V1, custodian2, bytes32(0));
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertTrue(anchors.anchorOf(custodian2, REC, V1) != 0, "anchored as the signer");
        assertEq(anchors.anchorOf(RELAYER, REC, V1), 0, "not as the relayer");

        req = _forwardRequest(
            CUSTODIAN2_KEY, address(anchors), abi.encodeCall(RecordAnchor.anchorBatch, (ROOT_3, 3, URI)), 200_000
        );
        vm.prank(RELAYER);
        forwarder.execute(req);
        (uint48 bat,) = anchors.batch(custodian2, ROOT_3);
        assertTrue(bat != 0, "batch as the signer");
    }

    function test_forwarded_nonCustodian_reverts() public {
        bytes memory data = abi.encodeCall(RecordAnchor.anchor, (REC, V1, bytes32(0)));
        ERC2771Forwarder.ForwardRequestData memory req = _forwardRequest(STRANGER_KEY, address(anchors), data, 200_000);
        vm.expectRevert(abi.encodeWithSelector(Errors.FailedCall.selector));
        vm.prank(RELAYER);
        forwarder.execute(req);
        // The relayer's own role does not matter: it has none, and the signer is what counts.
        assertEq(anchors.anchorOf(stranger, REC, V1), 0, "nothing anchored");
    }

    // ------------------------------------------------------------------- fuzz

    function testFuzz_batch_everyLeafVerifies(uint256 seed, uint256 n) public {
        n = bound(n, 2, 8);
        bytes32[] memory recordIds = new bytes32[](n);
        bytes32[] memory contents = new bytes32[](n);
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            recordIds[i] = keccak256(abi.encode(seed, i, "record"));
            contents[i] = keccak256(abi.encode(seed, i, "content"));
            leaves[i] = anchors.leafOf(recordIds[i], contents[i]);
        }
        bytes32[] memory nodes = TestMerkle.build(leaves);
        bytes32 root = nodes[0];

        _anchorBatch(CUSTODIAN, root, uint32(n));
        (, uint32 count) = anchors.batch(CUSTODIAN, root);
        assertEq(count, n, "leafCount");

        for (uint256 i = 0; i < n; ++i) {
            bytes32[] memory p = TestMerkle.proof(nodes, leaves[i]);
            assertTrue(anchors.verify(CUSTODIAN, root, leaves[i], p), "verify");
            assertTrue(anchors.verifyRecord(CUSTODIAN, recordIds[i], contents[i], root, p), "verifyRecord");
            // The same proof fails for a version that is not in the tree.
            assertFalse(
                anchors.verifyRecord(CUSTODIAN, recordIds[i], keccak256(abi.encode(seed, i)), root, p), "foreign"
            );
            // And for any other leaf of the tree (their proofs differ).
            bytes32 other = leaves[(i + 1) % n];
            assertFalse(anchors.verify(CUSTODIAN, root, other, p), "other leaf, wrong proof");
        }
    }

    function testFuzz_anchor_chain(bytes32 recordId, bytes32 c1, bytes32 c2, uint32 gap) public {
        vm.assume(recordId != 0 && c1 != 0 && c2 != 0 && c1 != c2);
        _anchor(CUSTODIAN, recordId, c1, 0);
        vm.warp(block.timestamp + gap);
        _anchor(CUSTODIAN, recordId, c2, c1);
        uint48 t1 = anchors.anchorOf(CUSTODIAN, recordId, c1);
        uint48 t2 = anchors.anchorOf(CUSTODIAN, recordId, c2);
        assertEq(t2 - t1, gap, "gap");
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.AlreadyAnchored.selector, recordId, c2));
        _anchor(CUSTODIAN, recordId, c2, c1);
    }

    /// @dev Whatever ids another custodian uses, and in whatever order, it never adds to, supersedes or blocks this
    /// custodian's record.
    function testFuzz_custodian_recordsAreIsolated(bytes32 recordId, bytes32 c1, bytes32 c2, bool otherFirst) public {
        vm.assume(recordId != 0 && c1 != 0 && c2 != 0 && c1 != c2);
        if (otherFirst) _anchor(custodian2, recordId, c1, 0); // B takes A's ids first
        _anchor(CUSTODIAN, recordId, c1, 0); // A is not blocked
        if (otherFirst) {
            _anchor(custodian2, recordId, c2, c1); // B extends its own record
        } else {
            vm.expectRevert(abi.encodeWithSelector(RecordAnchor.UnknownVersion.selector, recordId, c1));
            _anchor(custodian2, recordId, c2, c1); // B cannot extend A's
        }
        assertFalse(anchors.verifyRecord(CUSTODIAN, recordId, c2, bytes32(0), _none()), "B's version is not A's");
        _anchor(CUSTODIAN, recordId, c2, c1); // A's own next version is not blocked
        assertTrue(anchors.verifyRecord(CUSTODIAN, recordId, c2, bytes32(0), _none()), "own version");
        assertEq(anchors.anchorOf(custodian2, recordId, c2) != 0, otherFirst, "the other's anchors are its own");
    }
}
