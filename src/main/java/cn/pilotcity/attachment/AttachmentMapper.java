package cn.pilotcity.attachment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AttachmentMapper {

	void insert(NewAttachment attachment);

	void insertChunk(@Param("attachmentId") long attachmentId, @Param("seq") int seq, @Param("data") byte[] data);

	Optional<Attachment> findById(@Param("id") long id);

	List<Attachment> findByApplication(@Param("applicationId") long applicationId);

	/** MyBatis reads an array return type as many rows, so the chunk comes wrapped. */
	Chunk findChunk(@Param("attachmentId") long attachmentId, @Param("seq") int seq);

	record Chunk(byte[] data) {
	}

	int markDeleted(@Param("id") long id, @Param("at") LocalDateTime at);

	int countOf(@Param("applicationId") long applicationId);

	/** Removes the content of the files deleted before the given moment; returns the chunks removed. */
	int purgeDeletedBefore(@Param("before") LocalDateTime before);

	void updateSizeAndDigest(@Param("id") long id, @Param("size") long size, @Param("sha256") String sha256);
}
