// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./utils/BevanFixture.sol";
import {Membership} from "../src/Membership.sol";
import {Soulbound721} from "../src/utils/Soulbound721.sol";
import {IERC5192} from "../src/interfaces/IERC5192.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {IERC6372} from "@openzeppelin/contracts/interfaces/IERC6372.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract MembershipTest is BevanFixture {
    address internal constant NEWCOMER = address(0xBEEF01);
    address internal constant OUTSIDER = address(0x0DD);
    bytes8 internal constant NEW_CODE = "RX1";

    // ------------------------------------------------------------------ helpers

    function _mint(address account, bytes8 code, Membership.Kind kind) internal {
        vm.prank(address(timelock));
        membership.mint(account, code, kind);
    }

    function _burn(address account) internal {
        vm.prank(address(timelock));
        membership.burn(account);
    }

    /// @dev `account`'s membership record is (`code`, `kind`, `joinedAt`, `leftAt`).
    function _assertRecord(address account, bytes8 code, Membership.Kind kind, uint48 joinedAt, uint48 leftAt)
        internal
        view
    {
        (bytes8 gotCode, Membership.Kind gotKind, uint48 gotJoinedAt, uint48 gotLeftAt) = membership.member(account);
        assertEq(bytes32(gotCode), bytes32(code), "record: code");
        assertEq(uint256(gotKind), uint256(kind), "record: kind");
        assertEq(gotJoinedAt, joinedAt, "record: joinedAt");
        assertEq(gotLeftAt, leftAt, "record: leftAt");
    }

    function _id(address account) internal pure returns (uint256) {
        return uint256(uint160(account));
    }

    /// @dev Reference ODS code check: 1-8 of A-Z0-9, left-aligned, zero-padded, no gap.
    function _validOds(bytes8 code) internal pure returns (bool) {
        uint256 len;
        while (len < 8 && code[len] != 0) ++len;
        if (len == 0) return false;
        for (uint256 i = 0; i < 8; ++i) {
            bytes1 ch = code[i];
            if (i < len) {
                if (!((ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9"))) return false;
            } else if (ch != 0) {
                return false;
            }
        }
        return true;
    }

    /// @dev A valid code of `len` characters drawn from `seed`.
    function _code(uint256 seed, uint256 len) internal pure returns (bytes8 code) {
        bytes memory alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        bytes memory b = new bytes(8);
        for (uint256 i = 0; i < len; ++i) {
            b[i] = alphabet[uint256(keccak256(abi.encode(seed, i))) % 36];
        }
        code = bytes8(b);
    }

    // ------------------------------------------------------------------ founders

    function test_foundersAreMembers() public view {
        address[3] memory founders = [member1, member2, member3];
        bytes8[3] memory codes = [bytes8("RJ1"), bytes8("A81001"), bytes8("E09000")];
        Membership.Kind[3] memory kinds =
            [Membership.Kind.NhsTrust, Membership.Kind.GpPractice, Membership.Kind.LocalAuthority];
        for (uint256 i = 0; i < 3; ++i) {
            _assertRecord(founders[i], codes[i], kinds[i], 100, 0); // joined in the deployment block
            assertTrue(membership.isMember(founders[i]), "isMember");
            assertEq(membership.getVotes(founders[i]), 1, "one vote");
            assertEq(membership.getPastVotes(founders[i], 100), 1, "vote from the deployment block");
            assertEq(membership.getPastVotes(founders[i], 99), 0, "no vote before deployment");
            assertEq(membership.balanceOf(founders[i]), 1, "balance");
            assertEq(membership.ownerOf(_id(founders[i])), founders[i], "token id is the address");
        }
        assertEq(membership.memberCount(), 3, "three founders");
        assertEq(membership.getPastTotalSupply(100), 3, "supply at deployment");
        assertEq(membership.getPastTotalSupply(99), 0, "supply before deployment");
        assertEq(membership.owner(), address(timelock), "timelock owns");
        assertEq(keccak256(bytes(membership.name())), keccak256("Bevan ICB Membership"), "name");
        assertEq(keccak256(bytes(membership.symbol())), keccak256("BMEMBER"), "symbol");
    }

    function test_neverMemberRecordIsEmpty() public view {
        _assertRecord(OUTSIDER, bytes8(0), Membership.Kind.Unknown, 0, 0);
        assertFalse(membership.isMember(OUTSIDER), "not a member");
        assertEq(membership.getVotes(OUTSIDER), 0, "no votes");
    }

    // ------------------------------------------------------------------ mint / burn

    function test_mint_byTimelock() public {
        vm.roll(110);
        _mint(NEWCOMER, NEW_CODE, Membership.Kind.CareProvider);
        _assertRecord(NEWCOMER, NEW_CODE, Membership.Kind.CareProvider, 110, 0);
        assertTrue(membership.isMember(NEWCOMER), "member");
        assertEq(membership.memberCount(), 4, "count");
        assertEq(membership.getVotes(NEWCOMER), 1, "vote");
        assertEq(membership.ownerOf(_id(NEWCOMER)), NEWCOMER, "owner");
        assertTrue(membership.locked(_id(NEWCOMER)), "locked");
    }

    function test_mint_emitsEvents() public {
        vm.roll(110);
        vm.expectEmit(address(membership));
        emit IERC721.Transfer(address(0), NEWCOMER, _id(NEWCOMER));
        vm.expectEmit(address(membership));
        emit IERC5192.Locked(_id(NEWCOMER));
        vm.expectEmit(address(membership));
        emit IVotes.DelegateVotesChanged(NEWCOMER, 0, 1);
        vm.expectEmit(address(membership));
        emit Membership.MemberAdded(NEWCOMER, NEW_CODE, Membership.Kind.GpPractice);
        _mint(NEWCOMER, NEW_CODE, Membership.Kind.GpPractice);
    }

    function test_burn_byTimelock() public {
        vm.roll(120);
        _burn(member3);
        _assertRecord(member3, "E09000", Membership.Kind.LocalAuthority, 100, 120); // kept, with the leaving block
        assertFalse(membership.isMember(member3), "not a member");
        assertEq(membership.memberCount(), 2, "count");
        assertEq(membership.getVotes(member3), 0, "no vote");
        assertEq(membership.balanceOf(member3), 0, "balance");
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, _id(member3)));
        membership.ownerOf(_id(member3));
    }

    function test_burn_emitsEvents() public {
        vm.roll(120);
        vm.expectEmit(address(membership));
        emit IERC721.Transfer(member2, address(0), _id(member2));
        vm.expectEmit(address(membership));
        emit IVotes.DelegateVotesChanged(member2, 1, 0);
        vm.expectEmit(address(membership));
        emit Membership.MemberRemoved(member2, "A81001");
        _burn(member2);
    }

    function test_mint_revertsForNonOwner() public {
        address[5] memory callers = [member1, address(governor), address(this), address(forwarder), OUTSIDER];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(abi.encodeWithSelector(Membership.NotTimelock.selector, callers[i]));
            membership.mint(NEWCOMER, NEW_CODE, Membership.Kind.NhsTrust);
        }
        assertFalse(membership.isMember(NEWCOMER), "not minted");
    }

    function test_burn_revertsForNonOwner() public {
        address[4] memory callers = [member3, address(governor), address(this), OUTSIDER];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(abi.encodeWithSelector(Membership.NotTimelock.selector, callers[i]));
            membership.burn(member3);
        }
        assertTrue(membership.isMember(member3), "still a member");
    }

    function test_mint_revertsAlreadyMember_current() public {
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(Membership.AlreadyMember.selector, member1));
        membership.mint(member1, "RJ2", Membership.Kind.NhsTrust);
    }

    function test_mint_revertsAlreadyMember_former() public {
        vm.roll(120);
        _burn(member3);
        vm.roll(130);
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(Membership.AlreadyMember.selector, member3));
        membership.mint(member3, "E09000", Membership.Kind.LocalAuthority);
        assertFalse(membership.isMember(member3), "cannot rejoin");
    }

    function test_burn_revertsNotMember() public {
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(Membership.NotMember.selector, OUTSIDER));
        membership.burn(OUTSIDER);

        _burn(member2);
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(Membership.NotMember.selector, member2));
        membership.burn(member2);
    }

    function test_mint_revertsInvalidOdsCode() public {
        bytes8[7] memory bad = [
            bytes8(0), // empty
            bytes8("rj1"), // lower case
            bytes8("RJ-1"), // punctuation
            bytes8("RJ 1"), // space
            bytes8(hex"524a003100000000"), // "RJ", a gap, then "1"
            bytes8(hex"00524a0000000000"), // leading zero byte
            bytes8(hex"524a0000000000ff") // trailing garbage after padding
        ];
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.prank(address(timelock));
            vm.expectRevert(abi.encodeWithSelector(Membership.InvalidOdsCode.selector, bad[i]));
            membership.mint(NEWCOMER, bad[i], Membership.Kind.NhsTrust);
        }
    }

    function test_mint_acceptsEightCharCode() public {
        _mint(NEWCOMER, "ABCDE123", Membership.Kind.Other);
        (bytes8 code,,,) = membership.member(NEWCOMER);
        assertEq(bytes32(code), bytes32(bytes8("ABCDE123")), "eight chars");
    }

    function test_mint_revertsInvalidKind() public {
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(Membership.InvalidKind.selector, Membership.Kind.Unknown));
        membership.mint(NEWCOMER, NEW_CODE, Membership.Kind.Unknown);
    }

    function test_mint_revertsKindOutOfRange() public {
        // An out-of-range enum never reaches the contract's check: the ABI decoder rejects it.
        vm.prank(address(timelock));
        (bool ok,) =
            address(membership).call(abi.encodeWithSelector(Membership.mint.selector, NEWCOMER, NEW_CODE, uint8(6)));
        assertFalse(ok, "kind 6 rejected");
        assertFalse(membership.isMember(NEWCOMER), "not minted");
    }

    function test_mint_revertsZeroAddress() public {
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721InvalidReceiver.selector, address(0)));
        membership.mint(address(0), NEW_CODE, Membership.Kind.NhsTrust);
        assertEq(membership.memberCount(), 3, "count unchanged");
    }

    // ------------------------------------------------------------------ votes

    function test_votes_acrossMintAndBurnBlocks() public {
        vm.roll(110);
        _mint(NEWCOMER, NEW_CODE, Membership.Kind.CareProvider);
        // Same block: getVotes already counts; the past lookup of this block is not yet allowed.
        assertEq(membership.getVotes(NEWCOMER), 1, "current votes at mint block");
        vm.roll(111);
        assertEq(membership.getPastVotes(NEWCOMER, 109), 0, "before the mint block");
        assertEq(membership.getPastVotes(NEWCOMER, 110), 1, "at the mint block");
        assertEq(membership.getPastTotalSupply(109), 3, "supply before the mint");
        assertEq(membership.getPastTotalSupply(110), 4, "supply at the mint block");

        vm.roll(120);
        _burn(NEWCOMER);
        assertEq(membership.getVotes(NEWCOMER), 0, "current votes at burn block");
        vm.roll(121);
        assertEq(membership.getPastVotes(NEWCOMER, 110), 1, "still counted at the mint block");
        assertEq(membership.getPastVotes(NEWCOMER, 119), 1, "block before the burn");
        assertEq(membership.getPastVotes(NEWCOMER, 120), 0, "at the burn block");
        assertEq(membership.getPastTotalSupply(119), 4, "supply before the burn");
        assertEq(membership.getPastTotalSupply(120), 3, "supply at the burn block");
        assertEq(membership.getPastTotalSupply(115), 4, "supply between");
        assertEq(membership.getPastTotalSupply(105), 3, "supply before the mint");
    }

    function test_votes_mintAndBurnInSameBlock() public {
        vm.roll(110);
        _mint(NEWCOMER, NEW_CODE, Membership.Kind.CareProvider);
        _burn(NEWCOMER);
        vm.roll(111);
        assertEq(membership.getPastVotes(NEWCOMER, 110), 0, "never had a vote at a block end");
        assertEq(membership.getPastTotalSupply(110), 3, "supply back to three");
        assertEq(membership.getPastTotalSupply(109), 3, "supply before");
    }

    function test_getPastVotes_revertsFutureLookup() public {
        uint48 nowClock = membership.clock();
        vm.expectRevert(abi.encodeWithSelector(Membership.FutureLookup.selector, uint256(nowClock), nowClock));
        membership.getPastVotes(member1, nowClock);
        vm.expectRevert(abi.encodeWithSelector(Membership.FutureLookup.selector, uint256(nowClock) + 5, nowClock));
        membership.getPastVotes(member1, uint256(nowClock) + 5);
        // A timepoint beyond uint48 must not wrap into the past.
        vm.expectRevert(abi.encodeWithSelector(Membership.FutureLookup.selector, type(uint256).max, nowClock));
        membership.getPastVotes(member1, type(uint256).max);
        assertEq(membership.getPastVotes(member1, uint256(nowClock) - 1), 1, "last block is the past");
    }

    function test_getPastTotalSupply_revertsFutureLookup() public {
        uint48 nowClock = membership.clock();
        vm.expectRevert(abi.encodeWithSelector(Membership.FutureLookup.selector, uint256(nowClock), nowClock));
        membership.getPastTotalSupply(nowClock);
        vm.expectRevert(abi.encodeWithSelector(Membership.FutureLookup.selector, uint256(nowClock) + 1, nowClock));
        membership.getPastTotalSupply(uint256(nowClock) + 1);
        vm.expectRevert(
            abi.encodeWithSelector(Membership.FutureLookup.selector, uint256(type(uint48).max) + 1, nowClock)
        );
        membership.getPastTotalSupply(uint256(type(uint48).max) + 1);
    }

    function test_delegates() public {
        assertEq(membership.delegates(member1), member1, "member delegates to self");
        assertEq(membership.delegates(OUTSIDER), address(0), "outsider: zero");
        _burn(member1);
        assertEq(membership.delegates(member1), address(0), "former member: zero");
    }

    function test_delegate_revertsVotesNotDelegable() public {
        vm.prank(member1);
        vm.expectRevert(abi.encodeWithSelector(Membership.VotesNotDelegable.selector));
        membership.delegate(member2);
    }

    function test_delegateBySig_revertsVotesNotDelegable() public {
        vm.expectRevert(abi.encodeWithSelector(Membership.VotesNotDelegable.selector));
        membership.delegateBySig(member2, 0, block.timestamp + 1, 27, bytes32(uint256(1)), bytes32(uint256(2)));
    }

    // ------------------------------------------------------------------ soulbound

    function test_transferFrom_revertsSoulbound() public {
        vm.prank(member1);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, _id(member1)));
        membership.transferFrom(member1, OUTSIDER, _id(member1));
    }

    function test_safeTransferFrom_revertsSoulbound() public {
        vm.prank(member1);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, _id(member1)));
        membership.safeTransferFrom(member1, OUTSIDER, _id(member1));
        vm.prank(member1);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, _id(member1)));
        membership.safeTransferFrom(member1, OUTSIDER, _id(member1), "");
    }

    function test_transferFrom_byNonOwnerReverts() public {
        vm.prank(OUTSIDER);
        vm.expectRevert(
            abi.encodeWithSelector(IERC721Errors.ERC721InsufficientApproval.selector, OUTSIDER, _id(member1))
        );
        membership.transferFrom(member1, OUTSIDER, _id(member1));
        // Not even the timelock can move a membership token.
        vm.prank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(IERC721Errors.ERC721InsufficientApproval.selector, address(timelock), _id(member1))
        );
        membership.transferFrom(member1, OUTSIDER, _id(member1));
    }

    function test_approve_revertsSoulbound() public {
        vm.prank(member1);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, _id(member1)));
        membership.approve(OUTSIDER, _id(member1));
    }

    function test_setApprovalForAll_revertsSoulbound() public {
        vm.prank(member1);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, uint256(0)));
        membership.setApprovalForAll(OUTSIDER, true);
        assertFalse(membership.isApprovedForAll(member1, OUTSIDER), "no operator");
        assertEq(membership.getApproved(_id(member1)), address(0), "no approval");
    }

    function test_locked() public {
        assertTrue(membership.locked(_id(member1)), "founder token locked");
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, _id(OUTSIDER)));
        membership.locked(_id(OUTSIDER));
        _burn(member1);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, _id(member1)));
        membership.locked(_id(member1));
    }

    // ------------------------------------------------------------------ ERC-165, ERC-6372

    function test_supportsInterface() public view {
        _assertSoulbound721(membership);
        assertTrue(membership.supportsInterface(type(IVotes).interfaceId), "IVotes");
        assertFalse(membership.supportsInterface(0x00000000), "0x00000000");
        // IERC5805 declares no functions of its own, so type(IERC5805).interfaceId is 0; its real id is the XOR of
        // all its functions, IVotes' and IERC6372's.
        assertTrue(
            membership.supportsInterface(type(IVotes).interfaceId ^ type(IERC6372).interfaceId), "IERC5805 (full)"
        );
        assertFalse(membership.supportsInterface(0xffffffff), "0xffffffff");
        assertFalse(membership.supportsInterface(0x7965db0b), "not AccessControl");
    }

    function test_clock() public {
        assertEq(membership.clock(), block.number, "clock is the block number");
        vm.roll(12_345);
        assertEq(membership.clock(), 12_345, "clock follows roll");
        assertEq(keccak256(bytes(membership.CLOCK_MODE())), keccak256("mode=blocknumber&from=default"), "CLOCK_MODE");
        assertEq(governor.clock(), 12_345, "governor reads the token's clock");
        assertEq(keccak256(bytes(governor.CLOCK_MODE())), keccak256(bytes(membership.CLOCK_MODE())), "same mode");
    }

    // ------------------------------------------------------------------ fuzz

    function testFuzz_validOdsCodeAccepted(uint256 seed, uint256 len, uint8 kindRaw, address account) public {
        len = bound(len, 1, 8);
        vm.assume(account != address(0) && !membership.isMember(account));
        Membership.Kind kind = Membership.Kind(bound(kindRaw, 1, 5));
        bytes8 code = _code(seed, len);
        assertTrue(_validOds(code), "reference accepts");
        vm.roll(200);
        vm.expectEmit(address(membership));
        emit Membership.MemberAdded(account, code, kind);
        _mint(account, code, kind);
        _assertRecord(account, code, kind, 200, 0);
        assertEq(membership.memberCount(), 4, "count");
    }

    function testFuzz_invalidByteRejected(uint256 seed, uint256 len, uint256 pos, bytes1 bad) public {
        len = bound(len, 1, 8);
        pos = bound(pos, 0, 7);
        bytes8 code = _code(seed, len);
        bytes memory b = abi.encodePacked(code);
        bool codeChar = (bad >= "A" && bad <= "Z") || (bad >= "0" && bad <= "9");
        if (pos < len) {
            // Inside the code: any byte that is not A-Z or 0-9 (a zero byte only where it leaves a gap or nothing).
            vm.assume(!codeChar);
            vm.assume(!(bad == 0 && pos == len - 1 && pos > 0));
        } else if (pos == len) {
            // Right after the code: a valid character would only lengthen it.
            vm.assume(bad != 0 && !codeChar);
        } else {
            // Further into the padding, past a zero byte: any non-zero byte.
            vm.assume(bad != 0);
        }
        b[pos] = bad;
        code = bytes8(b);
        assertFalse(_validOds(code), "reference rejects");
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(Membership.InvalidOdsCode.selector, code));
        membership.mint(NEWCOMER, code, Membership.Kind.NhsTrust);
    }

    /// @dev Differential: the contract accepts exactly the codes the reference accepts.
    function testFuzz_odsCodeMatchesReference(bytes8 code) public {
        vm.prank(address(timelock));
        if (_validOds(code)) {
            membership.mint(NEWCOMER, code, Membership.Kind.NhsTrust);
            assertTrue(membership.isMember(NEWCOMER), "accepted");
        } else {
            vm.expectRevert(abi.encodeWithSelector(Membership.InvalidOdsCode.selector, code));
            membership.mint(NEWCOMER, code, Membership.Kind.NhsTrust);
        }
    }

    function testFuzz_pastVotesMatchInterval(uint256 joinAt, uint256 leaveAt, uint256 t) public {
        joinAt = bound(joinAt, 102, 1000);
        leaveAt = bound(leaveAt, joinAt, 2000);
        vm.roll(joinAt);
        _mint(NEWCOMER, NEW_CODE, Membership.Kind.Other);
        vm.roll(leaveAt);
        _burn(NEWCOMER);
        vm.roll(2001);
        t = bound(t, 0, 2000);
        uint256 expected = (t >= joinAt && t < leaveAt) ? 1 : 0;
        assertEq(membership.getPastVotes(NEWCOMER, t), expected, "interval");
        assertEq(membership.getPastTotalSupply(t), (t >= 100 ? 3 : 0) + expected, "supply");
    }
}
